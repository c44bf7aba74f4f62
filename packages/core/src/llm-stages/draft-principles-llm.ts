import type { LanguageModel } from 'ai';
import { notify } from '../events/notify.ts';
import type { PipelineEventListener } from '../events/pipeline-event.ts';
import type { Aspect } from '../schemas/aspect.ts';
import type { Cluster } from '../schemas/cluster.ts';
import type { Feedback } from '../schemas/feedback.ts';
import type { Metric } from '../schemas/metric.ts';
import type { Principle } from '../schemas/principle.ts';
import { addUsage, emptyUsage, type TokenUsage } from '../schemas/usage.ts';
import { mapConcurrent } from '../util/map-concurrent.ts';
import { draftPrincipleForCluster } from './draft-principle-for-cluster.ts';
import { positiveIntegerOption, requireKnownMembers } from './stage-option.ts';
import type { StageItemFailure } from './stage-item-failure.ts';

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
  const warnings: string[] = [];
  const failures: StageItemFailure[] = [];
  let usage = emptyUsage();
  let completed = 0;

  const drafted = await mapConcurrent(
    clusters,
    concurrency,
    async (cluster): Promise<Principle | undefined> => {
      const metric = metricByCluster.get(cluster.id);
      const result = await draftPrincipleForCluster({ cluster, aspectsById, feedbackById, metric, model, maxCritiques, abortSignal });
      usage = addUsage(usage, result.usage);
      let principle: Principle | undefined;
      if ('failure' in result) {
        failures.push(result.failure);
        await notify(onEvent, { type: 'item-failed', stage: 'principles', itemId: cluster.id, reason: result.failure.reason, message: result.failure.message });
        if (fallback) {
          principle = { ...fallback(cluster), engine: 'offline' };
          warnings.push(`Cluster ${cluster.id}: principle drafted offline after the model call failed (${result.failure.reason}).`);
        }
      } else {
        principle = result.principle;
      }
      await notify(onEvent, { type: 'stage-progress', stage: 'principles', completed: ++completed, total: clusters.length });
      return principle;
    },
    { abortSignal },
  );

  // Same order as the offline draft: most supported first, then by id.
  const principles = drafted
    .filter((principle) => principle !== undefined)
    .sort((first, second) => second.support.feedback - first.support.feedback || (first.id < second.id ? -1 : first.id > second.id ? 1 : 0));
  for (const message of warnings) await notify(onEvent, { type: 'warning', stage: 'principles', message });
  const counts = { clusters: clusters.length, principles: principles.length, failed: failures.length, fallback: principles.filter((principle) => principle.engine === 'offline').length };
  await notify(onEvent, { type: 'stage-end', stage: 'principles', durationMs: Date.now() - started, counts, usage });
  return { principles, failures, usage, warnings };
}
