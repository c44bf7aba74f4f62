import type { EmbeddingModel } from 'ai';
import type { Metric } from '../../schemas/metric.ts';
import type { TokenUsage } from '../../schemas/usage.ts';
import type { JudgeItem } from '../../schemas/judge-item.ts';
import type { Trait, TraitRating } from '../../schemas/trait.ts';
import { embedTexts, segmentText } from '../../embed/embed-texts.ts';
import { cosine } from '../../util/vectors.ts';

/** Version of the offline judge's rule; part of the judge cache key. */
export const offlineJudgeVersion = 1;

export interface OfflineJudgeOptions {
  /** Below this best similarity to a metric's examples or definition, the metric is not applicable (0). @default 0.3 */
  applicabilityThreshold?: number;
  /** Read the item's critique as well as its content. @default true */
  useCritique?: boolean;
}

/**
 * The offline lexical judge — a stand-in, not a language model. An item is split into segments (critique
 * sentences, each step's thought and action, response sentences); a metric applies when some segment is
 * lexically close enough to one of its examples or its definition, and the rating is +1 when the closest
 * good example beats the closest bad one, −1 the other way, 0 on a tie.
 */
export async function judgeItemsOffline(options: {
  items: ReadonlyArray<{ itemId: string; item: JudgeItem }>;
  metrics: readonly Metric[];
  embeddingModel?: EmbeddingModel;
  seed: number;
  options?: OfflineJudgeOptions;
  abortSignal?: AbortSignal;
}): Promise<{ traitsByItem: Map<string, Trait[]>; usage: TokenUsage }> {
  const { items, metrics, embeddingModel, seed, abortSignal } = options;
  const { applicabilityThreshold = 0.3, useCritique = true } = options.options ?? {};
  const segmentsByItem = new Map(items.map((entry) => [entry.itemId, itemSegments(entry.item, useCritique)]));
  const definitionText = (metric: Metric) => `${metric.name}. ${metric.definition}`;
  const texts = [
    ...[...segmentsByItem.values()].flat(),
    ...metrics.flatMap((metric) => [definitionText(metric), ...metric.goodExamples.map((example) => example.behaviour), ...metric.badExamples.map((example) => example.behaviour)]),
  ];
  const { vectors, usage } = await embedTexts({ texts, embeddingModel, seed, abortSignal });

  const traitsByItem = new Map<string, Trait[]>();
  for (const { itemId } of items) {
    const segments = segmentsByItem.get(itemId)!;
    const traits = metrics.map((metric): Trait => {
      const good = best(segments, metric.goodExamples.map((example) => example.behaviour), vectors);
      const bad = best(segments, metric.badExamples.map((example) => example.behaviour), vectors);
      const definition = best(segments, [definitionText(metric)], vectors);
      const applicability = Math.max(good.score, bad.score, definition.score);
      let rating: TraitRating = 0;
      let reasoning: string;
      if (applicability < applicabilityThreshold) {
        reasoning = `Offline lexical judge: not applicable — no part of the item is close to this metric (best similarity ${applicability.toFixed(2)} < ${applicabilityThreshold}).`;
      } else if (good.score === bad.score) {
        reasoning = `Offline lexical judge: applicable but undecided — "${definition.segment}" is as close to the good examples as to the bad ones (${good.score.toFixed(2)}).`;
      } else {
        rating = good.score > bad.score ? 1 : -1;
        const winner = rating === 1 ? good : bad;
        reasoning = `Offline lexical judge: "${winner.segment}" is closest to the ${rating === 1 ? 'good' : 'bad'} example "${winner.reference}" (similarity ${winner.score.toFixed(2)}; closest ${rating === 1 ? 'bad' : 'good'} example ${(rating === 1 ? bad : good).score.toFixed(2)}).`;
      }
      return { itemId, metricId: metric.id, engine: 'offline-lexical', status: 'scored', rating, reasoning };
    });
    traitsByItem.set(itemId, traits);
  }
  return { traitsByItem, usage };
}

/** The texts the offline judge compares with a metric's examples. */
export function itemSegments(item: JudgeItem, useCritique = true): string[] {
  const segments: string[] = [];
  if (useCritique && item.critique) segments.push(...segmentText(item.critique));
  for (const step of item.context?.trajectory ?? []) {
    const text = [step.thought, step.action].filter(Boolean).join(' ');
    if (text) segments.push(text);
  }
  for (const message of item.context?.messages ?? []) if (message.role === 'assistant') segments.push(...segmentText(message.content));
  if (item.context?.response) segments.push(...segmentText(item.context.response));
  return segments;
}

function best(segments: readonly string[], references: readonly string[], vectors: ReadonlyMap<string, Float32Array>): { score: number; segment: string; reference: string } {
  let result = { score: 0, segment: segments[0] ?? '', reference: references[0] ?? '' };
  for (const segment of segments) {
    const segmentVector = vectors.get(segment)!;
    for (const reference of references) {
      const score = cosine(segmentVector, vectors.get(reference)!);
      if (score > result.score) result = { score, segment, reference };
    }
  }
  return result;
}
