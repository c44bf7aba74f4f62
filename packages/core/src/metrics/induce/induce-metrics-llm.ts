import type { LanguageModel } from 'ai';
import { z } from 'zod';
import { generateStructured } from '../../llm/generate-structured.ts';
import type { Aspect } from '../../schemas/aspect.ts';
import type { Cluster } from '../../schemas/cluster.ts';
import type { Metric } from '../../schemas/metric.ts';
import type { TokenUsage } from '../../schemas/usage.ts';
import { shortIds } from '../../util/short-ids.ts';
import { buildMetric } from './build-metric.ts';
import { TenetsInductionError } from './induction-failed-error.ts';
import { buildInducePrompt, induceInstructions, inducePromptVersion, type PromptGroup } from './induce-prompt.ts';
import { resolveAssignment } from './resolve-assignment.ts';

export interface InduceMetricsLlmResult {
  metrics: Metric[];
  reassigned: Array<{ aspectId: string; metricId: string; similarity: number }>;
  usage: TokenUsage;
  warnings: string[];
}

/**
 * One call names, merges and splits pre-clustered behaviour groups into exactly N metrics with an explicit
 * assignment (groups and single behaviours), then the assignment is checked and completed in code.
 * A reply that fails its schema (after one repair) throws a `TenetsInductionError` carrying the raw reply.
 */
export async function induceMetricsLlm(options: {
  aspects: readonly Aspect[];
  clusters: readonly Cluster[];
  vectors: ReadonlyMap<string, Float32Array>;
  n: number;
  model: LanguageModel;
  maxAspectsPerGroup: number;
  maxExamplesPerSide: number;
  maxOutputTokens?: number;
  abortSignal?: AbortSignal;
}): Promise<InduceMetricsLlmResult> {
  const { aspects, clusters, vectors, n, model, maxAspectsPerGroup, maxExamplesPerSide, maxOutputTokens, abortSignal } = options;
  const aspectById = new Map(aspects.map((aspect) => [aspect.id, aspect]));
  const clusterShort = shortIds(clusters.map((cluster) => cluster.id), 'c');
  const aspectShort = shortIds(clusters.flatMap((cluster) => cluster.aspectIds), 'a');
  const groups: PromptGroup[] = clusters.map((cluster) => ({
    shortId: clusterShort.toShort.get(cluster.id)!,
    members: cluster.aspectIds.slice(0, maxAspectsPerGroup).map((id) => ({ shortId: aspectShort.toShort.get(id)!, aspect: aspectById.get(id)! })),
    hidden: Math.max(0, cluster.aspectIds.length - maxAspectsPerGroup),
  }));
  const clusterIds = [...clusterShort.toLong.keys()] as [string, ...string[]];
  const schema = z.object({
    metrics: z
      .array(
        z.object({
          name: z.string().min(1),
          definition: z.string().min(1),
          applicability: z.string(),
          clusterIds: z.array(z.enum(clusterIds)),
          aspectIds: z.array(z.string()),
          goodExampleIds: z.array(z.string()),
          badExampleIds: z.array(z.string()),
        }),
      )
      .length(n),
  });
  const result = await generateStructured({
    model,
    schema,
    schemaName: 'induced_metrics',
    instructions: induceInstructions(n),
    prompt: buildInducePrompt(groups, n),
    abortSignal,
    maxOutputTokens,
    promptVersion: `autolibra-induce-v${inducePromptVersion}`,
  });
  if (!result.success) {
    throw new TenetsInductionError({ message: `Metric induction (N = ${n}) failed: ${result.message}`, reason: result.reason, rawText: result.rawText, usage: result.usage });
  }

  const toLongAspect = (ids: readonly string[]) => ids.map((id) => aspectShort.toLong.get(id.trim()) ?? `unknown:${id}`);
  const drafts = result.value.metrics.map((draft) => ({
    ...draft,
    clusterIds: draft.clusterIds.map((id) => clusterShort.toLong.get(id)!),
    aspectIds: toLongAspect(draft.aspectIds),
  }));
  const resolved = resolveAssignment({ drafts, clusters, aspects, vectors });
  const warnings = [...resolved.warnings];
  const metrics: Metric[] = [];
  const metricIndexToId = new Map<number, string>();
  drafts.forEach((draft, index) => {
    const memberIds = resolved.members[index]!;
    if (memberIds.length === 0) {
      warnings.push(`Metric "${draft.name}" had no behaviours assigned and was dropped (no provenance).`);
      return;
    }
    const { metric, filledExamples } = buildMetric({
      name: draft.name.trim(),
      definition: draft.definition.trim(),
      applicability: draft.applicability.trim() || undefined,
      memberIds,
      goodExampleIds: toLongAspect(draft.goodExampleIds),
      badExampleIds: toLongAspect(draft.badExampleIds),
      aspectById,
      clusters,
      totalAspects: aspects.length,
      vectors,
      engine: 'llm',
      maxExamplesPerSide,
    });
    if (filledExamples > 0) warnings.push(`Metric "${metric.name}": ${filledExamples} example(s) chosen by similarity because the model's picks were missing or invalid.`);
    metricIndexToId.set(index, metric.id);
    metrics.push(metric);
  });
  const reassigned = resolved.reassigned.map((entry) => ({ aspectId: entry.aspectId, metricId: metricIndexToId.get(entry.metricIndex)!, similarity: entry.similarity }));
  return { metrics, reassigned, usage: result.usage, warnings };
}
