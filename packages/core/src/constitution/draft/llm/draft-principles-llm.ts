import type { LanguageModel } from 'ai';
import { notify } from '../../../events/notify.ts';
import type { PipelineEventListener } from '../../../events/pipeline-event.ts';
import type { Aspect } from '../../../schemas/aspect.ts';
import type { Cluster } from '../../../schemas/cluster.ts';
import type { Feedback } from '../../../schemas/feedback.ts';
import type { Metric } from '../../../schemas/metric.ts';
import type { Principle } from '../../../schemas/principle.ts';
import type { TokenUsage } from '../../../schemas/usage.ts';
import { draftEachCluster } from '../../../llm/draft-each-cluster.ts';
import { draftPrincipleForCluster } from './draft-principle-for-cluster.ts';
import { positiveIntegerOption, requireKnownMembers } from '../../../llm/stage-option.ts';
import type { StageItemFailure } from '../../../llm/stage-item-failure.ts';

export interface DraftPrinciplesLlmOptions {
  clusters: readonly Cluster[];
  /** Metrics drafted for the clusters; a cluster's metric is shown to the model and linked by id. */
  metrics: readonly Metric[];
  aspects: readonly Aspect[];
  /** The critiques behind the aspects (shown in full; the aspect's critique quote stands in when one is missing). */
  feedback: readonly Feedback[];
  model: LanguageModel;
  /** Most critiques shown per cluster. @default 12 */
  maxCritiques?: number;
  /** @default 8 */
  concurrency?: number;
  /** Drafts a cluster whose call failed another way (e.g. offline); the principle is marked `engine: 'offline'`. */
  fallback?: (cluster: Cluster) => Principle;
  onEvent?: PipelineEventListener;
  abortSignal?: AbortSignal;
}

export interface DraftPrinciplesLlmResult {
  /** One principle per drafted cluster, most supported first, then by id (fallback principles included, marked offline). */
  principles: Principle[];
  failures: StageItemFailure[];
  usage: TokenUsage;
  warnings: string[];
}

/**
 * Drafts one constitution principle per cluster with a language model from the member critiques, shown with
 * ids. Supporting ids must come from the critiques shown; support counts are computed from the whole cluster.
 */
export async function draftPrinciplesLlm(options: DraftPrinciplesLlmOptions): Promise<DraftPrinciplesLlmResult> {
  const { clusters, metrics, aspects, feedback, model, fallback, onEvent, abortSignal } = options;
  const concurrency = positiveIntegerOption('concurrency', options.concurrency ?? 8);
  const maxCritiques = positiveIntegerOption('maxCritiques', options.maxCritiques ?? 12);
  const aspectsById = new Map(aspects.map((aspect) => [aspect.id, aspect]));
  requireKnownMembers(clusters, aspectsById);
  const started = Date.now();
  await notify(onEvent, { type: 'stage-start', stage: 'principles', total: clusters.length });
  const feedbackById = new Map(feedback.map((record) => [record.id, record]));
  const metricByCluster = new Map<string, Metric>();
  for (const metric of metrics) for (const clusterId of metric.clusterIds) if (!metricByCluster.has(clusterId)) metricByCluster.set(clusterId, metric);
  const { drafted, failures, usage, warnings } = await draftEachCluster<Principle>({
    stage: 'principles',
    noun: 'principle',
    clusters,
    concurrency,
    fallback,
    onEvent,
    abortSignal,
    draft: async (cluster) => {
      const result = await draftPrincipleForCluster({ cluster, aspectsById, feedbackById, metric: metricByCluster.get(cluster.id), model, maxCritiques, abortSignal });
      return 'failure' in result ? result : { value: result.principle, usage: result.usage };
    },
  });

  // Same order as the offline draft: most supported first, then by id.
  const principles = drafted
    .filter((principle) => principle !== undefined)
    .sort((first, second) => second.support.feedback - first.support.feedback || (first.id < second.id ? -1 : first.id > second.id ? 1 : 0));
  for (const message of warnings) await notify(onEvent, { type: 'warning', stage: 'principles', message });
  const counts = { clusters: clusters.length, principles: principles.length, failed: failures.length, fallback: principles.filter((principle) => principle.engine === 'offline').length };
  await notify(onEvent, { type: 'stage-end', stage: 'principles', durationMs: Date.now() - started, counts, usage });
  return { principles, failures, usage, warnings };
}
