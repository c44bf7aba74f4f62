import type { Aspect, Engine } from '../../schemas/aspect.ts';
import type { Cluster } from '../../schemas/cluster.ts';
import type { Metric, MetricExample } from '../../schemas/metric.ts';
import { contentId } from '../../util/content-id.ts';
import { centroid, cosine } from '../../util/vectors.ts';

/**
 * A metric with provenance from its member aspects. Requested example ids are kept when they are members of
 * the right sign; when none survive, the members of that sign closest to the metric's centroid are used.
 */
export function buildMetric(options: {
  name: string;
  definition: string;
  applicability?: string;
  memberIds: readonly string[];
  goodExampleIds?: readonly string[];
  badExampleIds?: readonly string[];
  aspectById: ReadonlyMap<string, Aspect>;
  clusters: readonly Cluster[];
  totalAspects: number;
  vectors: ReadonlyMap<string, Float32Array>;
  engine: Engine;
  maxExamplesPerSide: number;
}): { metric: Metric; filledExamples: number } {
  const { name, definition, applicability, aspectById, clusters, totalAspects, vectors, engine, maxExamplesPerSide } = options;
  const memberIds = [...options.memberIds].sort();
  const members = memberIds.map((id) => aspectById.get(id)!);
  const memberSet = new Set(memberIds);
  const centre = centroid(memberIds.map((id) => vectors.get(id)!));
  let filledExamples = 0;
  const pick = (requested: readonly string[] | undefined, sign: Aspect['sign']): MetricExample[] => {
    const valid = [...new Set(requested ?? [])].filter((id) => memberSet.has(id) && aspectById.get(id)!.sign === sign).slice(0, maxExamplesPerSide);
    let chosen = valid;
    if (chosen.length === 0) {
      chosen = members
        .filter((aspect) => aspect.sign === sign)
        .map((aspect) => ({ id: aspect.id, similarity: cosine(vectors.get(aspect.id)!, centre) }))
        .sort((left, right) => right.similarity - left.similarity || (left.id < right.id ? -1 : 1))
        .slice(0, maxExamplesPerSide)
        .map((entry) => entry.id);
      filledExamples += chosen.length;
    }
    return chosen.map((id) => {
      const aspect = aspectById.get(id)!;
      return { aspectId: aspect.id, feedbackId: aspect.feedbackId, behaviour: aspect.behaviour };
    });
  };
  const metric: Metric = {
    id: contentId('met', name, memberIds),
    name,
    definition,
    ...(applicability ? { applicability } : {}),
    goodExamples: pick(options.goodExampleIds, 'positive'),
    badExamples: pick(options.badExampleIds, 'negative'),
    supportingAspectIds: memberIds,
    clusterIds: clusters.filter((cluster) => cluster.aspectIds.some((id) => memberSet.has(id))).map((cluster) => cluster.id),
    prevalence: totalAspects === 0 ? 0 : memberIds.length / totalAspects,
    signBalance: { positive: members.filter((aspect) => aspect.sign === 'positive').length, negative: members.filter((aspect) => aspect.sign === 'negative').length },
    engine,
    version: 1,
  };
  return { metric, filledExamples };
}
