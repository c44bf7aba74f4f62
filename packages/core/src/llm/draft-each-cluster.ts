import { notify } from '../events/notify.ts';
import type { PipelineEventListener, StageName } from '../events/pipeline-event.ts';
import type { Cluster } from '../schemas/cluster.ts';
import type { Engine } from '../schemas/aspect.ts';
import { addUsage, emptyUsage, type TokenUsage } from '../schemas/usage.ts';
import { mapConcurrent } from '../util/map-concurrent.ts';
import type { StageItemFailure } from './stage-item-failure.ts';

export type ClusterDraft<VALUE> = { value: VALUE; usage: TokenUsage } | { failure: StageItemFailure; usage: TokenUsage };

export interface DraftEachClusterOptions<VALUE extends { engine: Engine }> {
  stage: StageName;
  /** What a fallback draft is called in its warning, e.g. "principle". */
  noun?: string;
  clusters: readonly Cluster[];
  concurrency: number;
  draft: (cluster: Cluster) => Promise<ClusterDraft<VALUE>>;
  /** Used when a cluster's call fails; the result is marked `engine: 'offline'`. */
  fallback?: (cluster: Cluster) => VALUE;
  onEvent?: PipelineEventListener;
  abortSignal?: AbortSignal;
}

/**
 * The per-cluster loop the LLM drafting stages share: one call per cluster at a bounded concurrency, usage
 * summed, a failure counted and reported (`item-failed`) then replaced by the fallback draft when one is given,
 * progress after every cluster. Drafts come back in cluster order; clusters without one are `undefined`.
 */
export async function draftEachCluster<VALUE extends { engine: Engine }>(
  options: DraftEachClusterOptions<VALUE>,
): Promise<{ drafted: Array<VALUE | undefined>; failures: StageItemFailure[]; usage: TokenUsage; warnings: string[] }> {
  const { stage, noun, clusters, concurrency, draft, fallback, onEvent, abortSignal } = options;
  let completed = 0;
  // Each cluster's outcome is kept at its index and folded in cluster order afterwards, so failures,
  // warnings and summed cost never depend on which call finished first.
  const outcomes = await mapConcurrent(
    clusters,
    concurrency,
    async (cluster) => {
      const result = await draft(cluster);
      let value: VALUE | undefined;
      let warning: string | undefined;
      if ('failure' in result) {
        await notify(onEvent, { type: 'item-failed', stage, itemId: cluster.id, reason: result.failure.reason, message: result.failure.message });
        if (fallback) {
          value = { ...fallback(cluster), engine: 'offline' };
          warning = `Cluster ${cluster.id}: ${noun ? `${noun} ` : ''}drafted offline after the model call failed (${result.failure.reason}).`;
        }
      } else {
        value = result.value;
      }
      await notify(onEvent, { type: 'stage-progress', stage, completed: ++completed, total: clusters.length });
      return { value, warning, usage: result.usage, failure: 'failure' in result ? result.failure : undefined };
    },
    { abortSignal },
  );
  return {
    drafted: outcomes.map((outcome) => outcome.value),
    failures: outcomes.flatMap((outcome) => (outcome.failure ? [outcome.failure] : [])),
    usage: outcomes.reduce((total, outcome) => addUsage(total, outcome.usage), emptyUsage()),
    warnings: outcomes.flatMap((outcome) => (outcome.warning ? [outcome.warning] : [])),
  };
}
