import type { LanguageModel } from 'ai';
import { z } from 'zod';
import type { ModelFailureReason } from '../../errors/tenets-model-error.ts';
import { notify } from '../../events/notify.ts';
import type { PipelineEventListener } from '../../events/pipeline-event.ts';
import { generateStructured } from '../../llm/generate-structured.ts';
import type { Metric } from '../../schemas/metric.ts';
import { addUsage, emptyUsage, type TokenUsage } from '../../schemas/usage.ts';
import type { RenderItemOptions } from '../../evidence/render-item.ts';
import type { JudgeItem } from '../../schemas/judge-item.ts';
import { traitRatingSchema, type Trait, type UnscoredReason } from '../../schemas/trait.ts';
import { modelLabel } from '../../llm/model-label.ts';
import { seededShuffle, deriveSeed } from '../../util/seeded-random.ts';
import { buildJudgePrompt, judgeInstructions, judgePromptVersion } from './judge-prompt.ts';

export interface JudgeItemLlmOptions {
  item: JudgeItem;
  itemId: string;
  metrics: readonly Metric[];
  /** Short prompt id per metric id (`m1`…), fixed for the whole metric set. */
  shortIdByMetric: ReadonlyMap<string, string>;
  model: LanguageModel;
  metricsPerCall: number;
  seed: number;
  render?: RenderItemOptions;
  maxExamplesPerSide?: number;
  maxOutputTokens?: number;
  abortSignal?: AbortSignal;
  onEvent?: PipelineEventListener;
}

export interface JudgeItemLlmResult {
  traits: Trait[];
  usage: TokenUsage;
  failures: Array<{ reason: UnscoredReason; message: string; rawText?: string; metricIds: string[] }>;
}

/**
 * Rates one item on every metric: one structured call per chunk of `metricsPerCall` metrics (one call when
 * they fit), metrics shown in a per-item seeded order, replies constrained to the chunk's short ids. A reply
 * that cannot be used makes its metrics `unscored` with the reason — never −1. A metric the reply skipped is
 * unscored too.
 */
export async function judgeItemLlm(options: JudgeItemLlmOptions): Promise<JudgeItemLlmResult> {
  const { item, itemId, metrics, shortIdByMetric, model, metricsPerCall, seed, render, maxExamplesPerSide, maxOutputTokens, abortSignal, onEvent } = options;
  const judge = modelLabel(model);
  const ordered = seededShuffle(metrics, deriveSeed(seed, 'judge-order', itemId));
  const chunks: Metric[][] = [];
  for (let start = 0; start < ordered.length; start += metricsPerCall) chunks.push(ordered.slice(start, start + metricsPerCall));

  const traitByMetric = new Map<string, Trait>();
  const failures: JudgeItemLlmResult['failures'] = [];
  let usage = emptyUsage();
  for (const chunk of chunks) {
    const entries = chunk.map((metric) => ({ metric, shortId: shortIdByMetric.get(metric.id)! }));
    const ids = entries.map((entry) => entry.shortId) as [string, ...string[]];
    const metricIdByShort = new Map(entries.map((entry) => [entry.shortId, entry.metric.id]));
    const schema = z.object({
      ratings: z.array(z.object({ metricId: z.enum(ids), reasoning: z.string(), rating: traitRatingSchema })),
    });
    const result = await generateStructured({
      model,
      schema,
      schemaName: 'metric_ratings',
      instructions: judgeInstructions,
      prompt: buildJudgePrompt({ context: item.context, metrics: entries, render, maxExamplesPerSide }),
      abortSignal,
      maxOutputTokens,
      promptVersion: `autolibra-judge-v${judgePromptVersion}`,
    });
    usage = addUsage(usage, result.usage);
    if (!result.success) {
      const reason = toUnscoredReason(result.reason);
      failures.push({ reason, message: result.message, rawText: result.rawText, metricIds: chunk.map((metric) => metric.id) });
      for (const metric of chunk) {
        traitByMetric.set(metric.id, { itemId, metricId: metric.id, engine: 'llm', judge, status: 'unscored', reason, message: result.message, ...(result.rawText === undefined ? {} : { rawText: result.rawText }) });
      }
      await notify(onEvent, { type: 'item-failed', stage: 'judge', itemId, reason, message: result.message });
      continue;
    }
    for (const rating of result.value.ratings) {
      const metricId = metricIdByShort.get(rating.metricId)!;
      if (traitByMetric.has(metricId)) {
        await notify(onEvent, { type: 'warning', stage: 'judge', message: `Item ${itemId}: the judge rated ${rating.metricId} more than once; the first rating was kept.` });
        continue;
      }
      traitByMetric.set(metricId, { itemId, metricId, engine: 'llm', judge, status: 'scored', rating: rating.rating, reasoning: rating.reasoning });
    }
    const skipped = chunk.filter((metric) => !traitByMetric.has(metric.id));
    for (const metric of skipped) {
      traitByMetric.set(metric.id, { itemId, metricId: metric.id, engine: 'llm', judge, status: 'unscored', reason: 'parse_error', message: `The judge reply did not rate ${shortIdByMetric.get(metric.id)}.` });
    }
    if (skipped.length > 0) {
      const message = `The judge reply skipped ${skipped.map((metric) => shortIdByMetric.get(metric.id)).join(', ')}; those ratings are unscored.`;
      failures.push({ reason: 'parse_error', message, metricIds: skipped.map((metric) => metric.id) });
      await notify(onEvent, { type: 'item-failed', stage: 'judge', itemId, reason: 'parse_error', message });
    }
  }
  // Report in metric-set order, whatever order the prompt used.
  return { traits: metrics.map((metric) => traitByMetric.get(metric.id)!), usage, failures };
}

export function toUnscoredReason(reason: ModelFailureReason): UnscoredReason {
  return reason === 'aborted' ? 'api_error' : reason;
}
