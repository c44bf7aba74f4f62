import type { LanguageModel } from 'ai';
import { notify } from '../../../events/notify.ts';
import type { PipelineEventListener } from '../../../events/pipeline-event.ts';
import type { Aspect } from '../../../schemas/aspect.ts';
import type { Cluster } from '../../../schemas/cluster.ts';
import type { Feedback } from '../../../schemas/feedback.ts';
import type { Metric } from '../../../schemas/metric.ts';
import type { TokenUsage } from '../../../schemas/usage.ts';
import { draftEachCluster } from '../../../llm/draft-each-cluster.ts';
import { draftMetricForCluster } from './draft-metric-for-cluster.ts';
import { createContrastIndex, type AspectEmbeddings } from './nearest-non-members.ts';
import { positiveIntegerOption, requireKnownMembers } from '../../../llm/stage-option.ts';
import type { StageItemFailure } from '../../../llm/stage-item-failure.ts';

export interface DraftMetricsLlmOptions {
  clusters: readonly Cluster[];
  /** All grounded aspects (members and non-members); prevalence is a share of these. */
  aspects: readonly Aspect[];
  /** Accepted so the offline and LLM drafts share one call shape; the LLM draft reads aspects only. */
  feedback?: readonly Feedback[];
  model: LanguageModel;
  /** Aspect embeddings for picking the nearest non-members; without them, word overlap is used. */
  embeddings?: AspectEmbeddings;
  /** Nearest non-members shown for contrast. @default 10 */
  contrastSamples?: number;
  /** Members shown per cluster. @default 10 */
  memberSamples?: number;
  /** @default 8 */
  concurrency?: number;
  /** Drafts a cluster whose call failed another way (e.g. offline); the metric is marked `engine: 'offline'`. */
  fallback?: (cluster: Cluster) => Metric;
  onEvent?: PipelineEventListener;
  abortSignal?: AbortSignal;
}

export interface DraftMetricsLlmResult {
  /** One metric per drafted cluster, most prevalent first, then by id (fallback metrics included, marked offline). */
  metrics: Metric[];
  /** Clusters whose call failed (also those a fallback then covered). */
  failures: StageItemFailure[];
  usage: TokenUsage;
  warnings: string[];
}

/**
 * Names and defines one metric per cluster with a language model, contrasting sampled members with the
 * nearest non-members. Examples are chosen by id from the members shown; provenance, prevalence and sign
 * balance are computed in code.
 */
export async function draftMetricsLlm(options: DraftMetricsLlmOptions): Promise<DraftMetricsLlmResult> {
  const { clusters, aspects, model, embeddings, fallback, onEvent, abortSignal } = options;
  const concurrency = positiveIntegerOption('concurrency', options.concurrency ?? 8);
  const memberSamples = positiveIntegerOption('memberSamples', options.memberSamples ?? 10);
  const contrastSamples = Math.max(0, Math.floor(options.contrastSamples ?? 10));
  const aspectsById = new Map(aspects.map((aspect) => [aspect.id, aspect]));
  requireKnownMembers(clusters, aspectsById);
  const started = Date.now();
  await notify(onEvent, { type: 'stage-start', stage: 'metrics', total: clusters.length });
  const contrast = createContrastIndex({ clusters, aspectsById, embeddings });
  const missingWarnings: string[] = [];
  const { drafted, failures, usage, warnings: fallbackWarnings } = await draftEachCluster<Metric>({
    stage: 'metrics',
    clusters,
    concurrency,
    fallback,
    onEvent,
    abortSignal,
    draft: async (cluster) => {
      const missing = cluster.aspectIds.filter((id) => !aspectsById.has(id)).length;
      if (missing > 0) missingWarnings.push(`Cluster ${cluster.id}: ${missing} member aspect(s) not found among the aspects given.`);
      const result = await draftMetricForCluster({ cluster, contrast, aspectsById, totalAspects: aspects.length, model, memberSamples, contrastSamples, abortSignal });
      return 'failure' in result ? result : { value: result.metric, usage: result.usage };
    },
  });
  const warnings = [...missingWarnings, ...fallbackWarnings];

  // Same order as the offline draft, so the engines can be swapped: most prevalent first, then by id.
  const metrics = drafted.filter((metric) => metric !== undefined).sort((first, second) => second.prevalence - first.prevalence || compareIds(first.id, second.id));
  warnings.push(...duplicateNameWarnings(metrics));
  for (const message of warnings) await notify(onEvent, { type: 'warning', stage: 'metrics', message });
  const counts = { clusters: clusters.length, metrics: metrics.length, failed: failures.length, fallback: metrics.filter((metric) => metric.engine === 'offline').length };
  await notify(onEvent, { type: 'stage-end', stage: 'metrics', durationMs: Date.now() - started, counts, usage });
  return { metrics, failures, usage, warnings };
}

function duplicateNameWarnings(metrics: readonly Metric[]): string[] {
  const byName = new Map<string, string[]>();
  for (const metric of metrics) {
    const key = metric.name.trim().toLowerCase();
    byName.set(key, [...(byName.get(key) ?? []), metric.id]);
  }
  return [...byName.values()].filter((ids) => ids.length > 1).map((ids) => `Metrics ${ids.join(', ')} share the name "${metrics.find((metric) => metric.id === ids[0])!.name}".`);
}

function compareIds(first: string, second: string): number {
  return first < second ? -1 : first > second ? 1 : 0;
}
