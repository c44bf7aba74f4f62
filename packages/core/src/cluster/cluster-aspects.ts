import { notify } from '../events/notify.ts';
import type { PipelineEventListener } from '../events/pipeline-event.ts';
import type { Clusterer } from './clusterer.ts';
import { reassignNoise } from './reassign-noise.ts';
import { distinctiveTerms } from '../text/distinctive-terms.ts';
import type { Aspect, Engine } from '../schemas/aspect.ts';
import type { Cluster, Clustering } from '../schemas/cluster.ts';
import { contentId } from '../util/content-id.ts';
import { defaultMinClusterSize } from './default-min-cluster-size.ts';

export interface ClusterAspectsOptions {
  aspects: readonly Aspect[];
  embeddings: ReadonlyMap<string, Float32Array>;
  clusterer: Clusterer;
  engine: Engine;
  seed: number;
  /** @default defaultMinClusterSize(aspects.length) */
  minClusterSize?: number;
  minSamples?: number;
  clusterSelectionEpsilon?: number;
  /**
   * Assign a noise aspect to its nearest cluster when the cosine similarity to the cluster centroid is at least
   * this value. Reassigned aspects are listed in `reassigned` and in each cluster's `reassignedAspectIds`.
   * @default undefined (noise stays noise)
   */
  reassignNoiseThreshold?: number;
  /** See `ReassignNoiseOptions.margin` (only with `reassignNoiseThreshold`). @default 0 */
  reassignNoiseMargin?: number;
  abortSignal?: AbortSignal;
  onEvent?: PipelineEventListener;
}

export interface ClusterAspectsResult {
  clustering: Clustering;
  warnings: string[];
}

/**
 * Clusters grounded aspects by their embeddings. Aspects are sorted by id (a content hash) first, so input
 * order never changes the result; noise is reported, never dropped.
 */
export async function clusterAspects(options: ClusterAspectsOptions): Promise<ClusterAspectsResult> {
  const { embeddings, clusterer, engine, seed, minSamples, clusterSelectionEpsilon, reassignNoiseThreshold, reassignNoiseMargin, abortSignal, onEvent } = options;
  const started = Date.now();
  const sorted = [...options.aspects].sort((left, right) => (left.id < right.id ? -1 : left.id > right.id ? 1 : 0));
  const minClusterSize = options.minClusterSize ?? defaultMinClusterSize(sorted.length);
  await notify(onEvent, { type: 'stage-start', stage: 'cluster', total: sorted.length });
  const warnings: string[] = [];

  // Aspects with no usable embedding (e.g. no known term) cannot be placed: they are noise by construction.
  const placeable = sorted.filter((aspect) => hasSignal(embeddings.get(aspect.id)));
  const unplaceable = sorted.filter((aspect) => !hasSignal(embeddings.get(aspect.id)));
  if (unplaceable.length > 0) warnings.push(`${unplaceable.length} aspect(s) had an empty embedding and were reported as noise.`);

  const vectors = placeable.map((aspect) => embeddings.get(aspect.id)!);
  let labels: Int32Array = new Int32Array(placeable.length).fill(-1);
  let probabilities: Float64Array = new Float64Array(placeable.length);
  if (placeable.length >= 2) {
    const assignment = await clusterer.cluster({ vectors, minClusterSize, minSamples, clusterSelectionEpsilon, seed, abortSignal });
    labels = assignment.labels;
    probabilities = assignment.probabilities;
    warnings.push(...assignment.warnings);
  }

  let reassignedIndices = new Map<number, number>();
  if (reassignNoiseThreshold !== undefined) {
    const result = reassignNoise({ vectors, labels, threshold: reassignNoiseThreshold, margin: reassignNoiseMargin });
    labels = result.labels;
    reassignedIndices = new Map(result.reassigned.map((entry) => [entry.index, entry.similarity]));
  }

  const groups = new Map<number, number[]>();
  labels.forEach((label, index) => {
    if (label < 0) return;
    const members = groups.get(label) ?? [];
    members.push(index);
    groups.set(label, members);
  });
  const orderedLabels = [...groups.keys()].sort((left, right) => left - right);
  const terms = distinctiveTerms({ groups: orderedLabels.map((label) => groups.get(label)!.map((index) => placeable[index]!.behaviour)), top: 8 });

  const clusters: Cluster[] = orderedLabels.map((label, position) => {
    const members = groups.get(label)!;
    const memberAspects = members.map((index) => placeable[index]!);
    const aspectIds = memberAspects.map((aspect) => aspect.id);
    const coreMembers = members.filter((index) => !reassignedIndices.has(index));
    return {
      id: contentId('clu', aspectIds),
      aspectIds,
      medoidAspectId: placeable[medoidIndex(coreMembers.length > 0 ? coreMembers : members, vectors)]!.id,
      terms: terms[position] ?? [],
      meanProbability: round(coreMembers.reduce((sum, index) => sum + probabilities[index]!, 0) / Math.max(coreMembers.length, 1)),
      reassignedAspectIds: members.filter((index) => reassignedIndices.has(index)).map((index) => placeable[index]!.id),
      sign: {
        positive: memberAspects.filter((aspect) => aspect.sign === 'positive').length,
        negative: memberAspects.filter((aspect) => aspect.sign === 'negative').length,
      },
    };
  });
  clusters.sort((left, right) => right.aspectIds.length - left.aspectIds.length || (left.id < right.id ? -1 : 1));
  const indexById = new Map(placeable.map((aspect, index) => [aspect.id, index]));
  const clusterIdByIndex = new Map<number, string>();
  for (const cluster of clusters) for (const aspectId of cluster.aspectIds) clusterIdByIndex.set(indexById.get(aspectId)!, cluster.id);

  const noiseAspectIds = [...placeable.filter((_, index) => labels[index]! < 0), ...unplaceable].map((aspect) => aspect.id).sort();
  const reassigned = [...reassignedIndices.entries()]
    .map(([index, similarity]) => ({ aspectId: placeable[index]!.id, clusterId: clusterIdByIndex.get(index)!, similarity: round(similarity) }))
    .sort((left, right) => (left.aspectId < right.aspectId ? -1 : 1));

  const clustering: Clustering = {
    engine,
    clusterer: clusterer.name,
    parameters: { minClusterSize, minSamples: minSamples ?? minClusterSize, clusterSelectionEpsilon: clusterSelectionEpsilon ?? 0, reassignNoiseThreshold: reassignNoiseThreshold ?? null, seed },
    clusters,
    noiseAspectIds,
    reassigned,
  };
  await notify(onEvent, {
    type: 'stage-end',
    stage: 'cluster',
    durationMs: Date.now() - started,
    counts: { clusters: clusters.length, noise: noiseAspectIds.length, reassigned: reassigned.length },
  });
  return { clustering, warnings };
}

function hasSignal(vector: Float32Array | undefined): boolean {
  if (!vector) return false;
  for (const value of vector) if (value !== 0) return true;
  return false;
}

/** The member with the highest summed cosine similarity to the other members (vectors are normalised). */
function medoidIndex(members: readonly number[], vectors: readonly Float32Array[]): number {
  const dimensions = vectors[members[0]!]!.length;
  const centroid = new Float64Array(dimensions);
  for (const index of members) {
    const vector = vectors[index]!;
    for (let dimension = 0; dimension < dimensions; dimension++) centroid[dimension]! += vector[dimension]!;
  }
  let best = members[0]!;
  let bestScore = -Infinity;
  for (const index of members) {
    const vector = vectors[index]!;
    let score = 0;
    for (let dimension = 0; dimension < dimensions; dimension++) score += vector[dimension]! * centroid[dimension]!;
    if (score > bestScore + 1e-12) {
      bestScore = score;
      best = index;
    }
  }
  return best;
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
