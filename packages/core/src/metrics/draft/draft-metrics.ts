import type { LanguageModel } from 'ai';
import { notify } from '../../events/notify.ts';
import type { PipelineEventListener } from '../../events/pipeline-event.ts';
import { draftMetricsLlm } from './llm/draft-metrics-llm.ts';
import { runFitStepsAsync } from '../../util/fit-steps.ts';
import { draftMetricsOffline, draftMetricsOfflineSteps } from './offline/draft-metrics-offline.ts';
import type { Aspect } from '../../schemas/aspect.ts';
import type { Cluster } from '../../schemas/cluster.ts';
import type { Feedback } from '../../schemas/feedback.ts';
import type { Metric } from '../../schemas/metric.ts';
import type { TokenUsage } from '../../schemas/usage.ts';
import type { StageFailure } from '../../events/stage-failure.ts';

export interface DraftMetricsOptions {
  clusters: readonly Cluster[];
  aspects: readonly Aspect[];
  feedback: readonly Feedback[];
  embeddings: ReadonlyMap<string, Float32Array>;
  /** Absent → extractive offline drafts. With a model, a cluster whose draft fails falls back to its offline draft. */
  model?: LanguageModel;
  /** @default 8 */
  concurrency?: number;
  abortSignal?: AbortSignal;
  onEvent?: PipelineEventListener;
  now?: () => number;
}

export interface DraftMetricsResult {
  metrics: Metric[];
  failures: StageFailure[];
  usage: TokenUsage | undefined;
}

/** One metric per cluster: contrastive LLM drafts when a model is given, extractive ones otherwise. */
export async function draftMetrics(options: DraftMetricsOptions): Promise<DraftMetricsResult> {
  const { clusters, aspects, feedback, embeddings, model, concurrency = 8, abortSignal, onEvent, now = Date.now } = options;
  if (model) {
    const result = await draftMetricsLlm({
      clusters,
      aspects,
      feedback,
      model,
      embeddings,
      concurrency,
      onEvent,
      abortSignal,
      fallback: (cluster) => draftMetricsOffline({ clusters: [cluster], aspects, feedback, embeddings })[0]!,
    });
    return { metrics: result.metrics, failures: result.failures.map((failure) => ({ stage: 'metrics', ...failure })), usage: result.usage };
  }
  const started = now();
  await notify(onEvent, { type: 'stage-start', stage: 'metrics', total: clusters.length });
  const metrics = await runFitStepsAsync(draftMetricsOfflineSteps({ clusters, aspects, feedback, embeddings }), {
    total: clusters.length,
    abortSignal,
    onProgress: ({ completed, total }) => notify(onEvent, { type: 'stage-progress', stage: 'metrics', completed, total }),
  });
  await notify(onEvent, { type: 'stage-end', stage: 'metrics', durationMs: now() - started, counts: { metrics: metrics.length } });
  return { metrics, failures: [], usage: undefined };
}
