import type { EmbeddingModel, LanguageModel } from 'ai';
import type { PipelineEventListener } from '../../events/pipeline-event.ts';
import type { Aspect } from '../../schemas/aspect.ts';
import type { Feedback } from '../../schemas/feedback.ts';
import type { Metric } from '../../schemas/metric.ts';
import { addUsage, type TokenUsage } from '../../schemas/usage.ts';
import { computeMetaMetrics } from './compute-meta-metrics.ts';
import type { JudgeCache } from '../judge/judge-cache.ts';
import { judgeItems, type JudgeItemsOptions } from '../judge/judge-items.ts';
import { matchAspects, type MatchAspectsOptions } from '../match/match-aspects.ts';
import { itemIdOf } from '../../schemas/judge-item.ts';
import type { Match } from '../../schemas/match.ts';
import type { MetaMetrics } from '../../schemas/meta-metrics.ts';
import type { Trait } from '../../schemas/trait.ts';

export interface EvaluateMetricSetOptions {
  metrics: readonly Metric[];
  /** Held-out feedback: its items are judged (the model judge sees only the context, never the critique). */
  feedback: readonly Feedback[];
  /** Held-out aspects, grounded once. */
  aspects: readonly Aspect[];
  /** Absent → offline lexical judge. */
  judgeModel?: LanguageModel | null;
  /** Absent → offline lexical matcher. */
  matchModel?: LanguageModel | null;
  embeddingModel?: EmbeddingModel | null;
  cache?: JudgeCache;
  seed?: number;
  judge?: Pick<JudgeItemsOptions, 'concurrency' | 'metricsPerCall' | 'maxExamplesPerSide' | 'render' | 'offline' | 'maxOutputTokens'>;
  match?: Pick<MatchAspectsOptions, 'concurrency' | 'maxMatchesPerAspect' | 'checkSignConflicts' | 'offline'>;
  bootstrap?: { seed: number; samples?: number; level?: number };
  abortSignal?: AbortSignal;
  onEvent?: PipelineEventListener;
}

export interface EvaluateMetricSetResult {
  evaluation: MetaMetrics;
  traits: Trait[];
  matches: Match[];
  usage: TokenUsage;
  cachedItems: number;
}

/** Judge the held-out items, match the held-out aspects, compute the meta-metrics (autolibra.md §5–7). */
export async function evaluateMetricSet(options: EvaluateMetricSetOptions): Promise<EvaluateMetricSetResult> {
  const { metrics, feedback, aspects, cache, seed = 42, abortSignal, onEvent } = options;
  const judged = await judgeItems({ items: feedback, metrics, model: options.judgeModel, embeddingModel: options.embeddingModel, cache, seed, ...options.judge, abortSignal, onEvent });
  const matched = await matchAspects({ aspects, feedback, traits: judged.traits, metrics, model: options.matchModel, embeddingModel: options.embeddingModel, seed, ...options.match, abortSignal, onEvent });
  const itemByFeedback = new Map(feedback.map((record) => [record.id, itemIdOf(record)]));
  const evaluation = computeMetaMetrics({
    itemIds: [...new Set(feedback.map((record) => itemIdOf(record)))],
    metricIds: metrics.map((metric) => metric.id),
    aspects: aspects.map((aspect) => ({ id: aspect.id, itemId: itemByFeedback.get(aspect.feedbackId)!, sign: aspect.sign })),
    traits: judged.traits,
    matches: matched.matches,
    bootstrap: options.bootstrap,
  });
  return { evaluation, traits: judged.traits, matches: matched.matches, usage: addUsage(judged.usage, matched.usage), cachedItems: judged.cachedItems };
}
