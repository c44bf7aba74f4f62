import type { EmbeddingModel, LanguageModel } from 'ai';
import { notify } from '../../events/notify.ts';
import type { PipelineEventListener } from '../../events/pipeline-event.ts';
import type { Metric } from '../../schemas/metric.ts';
import { addUsage, emptyUsage, type TokenUsage } from '../../schemas/usage.ts';
import { contentId } from '../../util/content-id.ts';
import { mapConcurrent } from '../../util/map-concurrent.ts';
import type { RenderItemOptions } from '../../evidence/render-item.ts';
import { itemIdOf, type JudgeItem } from '../../schemas/judge-item.ts';
import type { JudgeEngine, Trait, UnscoredReason } from '../../schemas/trait.ts';
import { modelLabel } from '../../llm/model-label.ts';
import { shortIds } from '../../util/short-ids.ts';
import type { JudgeCache } from './judge-cache.ts';
import { judgeItemLlm } from './judge-items-llm.ts';
import { judgeItemsOffline, offlineJudgeVersion, type OfflineJudgeOptions } from './judge-items-offline.ts';
import { judgePromptVersion } from './judge-prompt.ts';

export interface JudgeItemsOptions {
  /** Items to rate; records sharing an item id (`targetId ?? id`) are rated once. */
  items: readonly JudgeItem[];
  metrics: readonly Metric[];
  /** The judge model. Absent → the offline lexical judge (engine `offline-lexical`). */
  model?: LanguageModel | null;
  /** For the offline judge. Absent → a lexical model fitted on the items and metrics. */
  embeddingModel?: EmbeddingModel | null;
  /** Items judged in parallel. @default 4 */
  concurrency?: number;
  /** Metrics per judge call; more metrics are split over several calls. @default 12 */
  metricsPerCall?: number;
  /** Good and bad examples shown per metric. @default 3 */
  maxExamplesPerSide?: number;
  /** Seeds the per-item metric order. @default 42 */
  seed?: number;
  render?: RenderItemOptions;
  offline?: OfflineJudgeOptions;
  /** Results of earlier runs, keyed by judge, metric set and item. */
  cache?: JudgeCache;
  maxOutputTokens?: number;
  abortSignal?: AbortSignal;
  onEvent?: PipelineEventListener;
}

export interface JudgeItemsResult {
  engine: JudgeEngine;
  /** One trait per (item, metric), items in input order, metrics in metric-set order. */
  traits: Trait[];
  usage: TokenUsage;
  failures: Array<{ itemId: string; reason: UnscoredReason; message: string; rawText?: string; metricIds: string[] }>;
  /** Items answered from the cache. */
  cachedItems: number;
}

/**
 * The judge stage: every item rated on every metric, +1 / 0 / −1 with reasoning. With a model, one
 * structured call per item (per chunk of metrics when many); an unusable reply is unscored, never −1.
 * Without one, the clearly labelled offline lexical judge.
 */
export async function judgeItems(options: JudgeItemsOptions): Promise<JudgeItemsResult> {
  const { metrics, concurrency = 4, metricsPerCall = 12, maxExamplesPerSide = 3, seed = 42, render, cache, maxOutputTokens, abortSignal, onEvent } = options;
  const model = options.model ?? undefined;
  const engine: JudgeEngine = model ? 'llm' : 'offline-lexical';
  const started = Date.now();
  const unique = dedupeItems(options.items);
  await notify(onEvent, { type: 'stage-start', stage: 'judge', total: unique.length });
  if (!model) await notify(onEvent, { type: 'info', stage: 'judge', message: 'Offline lexical judge: ratings come from word overlap with each metric\'s examples, not from a language model.' });

  const judgeLabel = model ? `${modelLabel(model)}@${judgePromptVersion}` : `offline-lexical@${offlineJudgeVersion}`;
  const metricSetKey = metrics.map((metric) => metric.id).join(',');
  const cacheKey = (entry: { itemId: string; item: JudgeItem }) => contentId('judge', judgeLabel, metricSetKey, entry.itemId, entry.item.context ?? null, model ? null : entry.item.critique ?? null);
  const traitsByItem = new Map<string, Trait[]>();
  let cachedItems = 0;
  const pending = unique.filter((entry) => {
    const cached = cache?.get(cacheKey(entry));
    if (!cached) return true;
    traitsByItem.set(entry.itemId, [...cached]);
    cachedItems++;
    return false;
  });

  let usage = emptyUsage();
  const failures: JudgeItemsResult['failures'] = [];
  if (model) {
    const { toShort } = shortIds(metrics.map((metric) => metric.id), 'm');
    let completed = 0;
    const results = await mapConcurrent(
      pending,
      concurrency,
      async (entry) => {
        const result = await judgeItemLlm({ ...entry, metrics, shortIdByMetric: toShort, model, metricsPerCall, seed, render, maxExamplesPerSide, maxOutputTokens, abortSignal, onEvent });
        traitsByItem.set(entry.itemId, result.traits);
        if (result.failures.length === 0) cache?.set(cacheKey(entry), result.traits);
        await notify(onEvent, { type: 'stage-progress', stage: 'judge', completed: ++completed + cachedItems, total: unique.length });
        return result;
      },
      { abortSignal },
    );
    // Folded in item order, not completion order, so failures and summed cost are byte-stable.
    results.forEach((result, index) => {
      usage = addUsage(usage, result.usage);
      for (const failure of result.failures) failures.push({ itemId: pending[index]!.itemId, ...failure });
    });
  } else if (pending.length > 0) {
    const result = await judgeItemsOffline({ items: pending, metrics, embeddingModel: options.embeddingModel ?? undefined, seed, options: options.offline, abortSignal });
    usage = result.usage;
    for (const entry of pending) {
      const traits = result.traitsByItem.get(entry.itemId)!;
      traitsByItem.set(entry.itemId, traits);
      cache?.set(cacheKey(entry), traits);
    }
  }

  const traits = unique.flatMap((entry) => traitsByItem.get(entry.itemId) ?? []);
  const unscored = traits.filter((trait) => trait.status === 'unscored').length;
  await notify(onEvent, {
    type: 'stage-end',
    stage: 'judge',
    durationMs: Date.now() - started,
    counts: { items: unique.length, ratings: traits.length, unscored, cachedItems },
    usage,
  });
  return { engine, traits, usage, failures, cachedItems };
}

/** One entry per item id; the offline judge reads every critique of the item. */
function dedupeItems(items: readonly JudgeItem[]): Array<{ itemId: string; item: JudgeItem }> {
  const byId = new Map<string, JudgeItem>();
  for (const item of items) {
    const itemId = itemIdOf(item);
    const existing = byId.get(itemId);
    if (!existing) byId.set(itemId, item);
    else if (item.critique) byId.set(itemId, { ...existing, critique: [existing.critique, item.critique].filter(Boolean).join('\n') });
  }
  return [...byId].map(([itemId, item]) => ({ itemId, item }));
}
