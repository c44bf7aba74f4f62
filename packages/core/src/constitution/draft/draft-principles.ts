import type { LanguageModel } from 'ai';
import { notify } from '../../events/notify.ts';
import type { PipelineEventListener } from '../../events/pipeline-event.ts';
import { draftPrinciplesLlm } from './llm/draft-principles-llm.ts';
import { draftPrinciplesOffline } from './offline/draft-principles-offline.ts';
import type { Aspect } from '../../schemas/aspect.ts';
import type { Cluster } from '../../schemas/cluster.ts';
import type { Feedback } from '../../schemas/feedback.ts';
import type { Metric } from '../../schemas/metric.ts';
import type { Principle } from '../../schemas/principle.ts';
import type { TokenUsage } from '../../schemas/usage.ts';
import type { StageFailure } from '../../events/stage-failure.ts';

export interface DraftPrinciplesOptions {
  clusters: readonly Cluster[];
  metrics: readonly Metric[];
  aspects: readonly Aspect[];
  feedback: readonly Feedback[];
  /**
   * Aspect embeddings: the offline representative is then the clause closest to the centroid. The pipeline leaves
   * them out: the term-based ranking picked more readable principles on the fixtures.
   */
  embeddings?: ReadonlyMap<string, Float32Array>;
  /** Absent → extractive offline principles. With a model, a cluster whose draft fails falls back to its offline principle. */
  model?: LanguageModel;
  /** @default 8 */
  concurrency?: number;
  abortSignal?: AbortSignal;
  onEvent?: PipelineEventListener;
  now?: () => number;
}

export interface DraftPrinciplesResult {
  principles: Principle[];
  failures: StageFailure[];
  usage: TokenUsage | undefined;
}

/** One constitution principle per cluster, each with the critiques that support it. */
export async function draftPrinciples(options: DraftPrinciplesOptions): Promise<DraftPrinciplesResult> {
  const { clusters, metrics, aspects, feedback, embeddings, model, concurrency = 8, abortSignal, onEvent, now = Date.now } = options;
  const offline = (subset: readonly Cluster[], withoutBehaviour: 'skip' | 'quote' = 'skip') => draftPrinciplesOffline({ clusters: subset, metrics, aspects, feedback, embeddings, withoutBehaviour });
  if (model) {
    const result = await draftPrinciplesLlm({ clusters, metrics, aspects, feedback, model, concurrency, onEvent, abortSignal, fallback: (cluster) => offline([cluster], 'quote')[0]! });
    return { principles: result.principles, failures: result.failures.map((failure) => ({ stage: 'principles', ...failure })), usage: result.usage };
  }
  const started = now();
  await notify(onEvent, { type: 'stage-start', stage: 'principles', total: clusters.length });
  const principles = offline(clusters);
  await notify(onEvent, { type: 'stage-end', stage: 'principles', durationMs: now() - started, counts: { principles: principles.length } });
  return { principles, failures: [], usage: undefined };
}
