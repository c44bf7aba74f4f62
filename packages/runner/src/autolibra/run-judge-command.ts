import type { EmbeddingModel, LanguageModel } from 'ai';
import { computeMetaMetrics, judgeItems, judgeItemSchema, notify, TenetsInvalidInputError, itemIdOf, type JudgeEngine, type JudgeItemsOptions, type JudgeMetricSummary, type JudgementsSummary, type PipelineEventListener, type TokenUsage } from '@tenets/core';
import { readJsonl } from '@tenets/formats';
import { openRun } from '@tenets/store';
import { readRunMetrics } from './read-run-metrics.ts';

export interface RunJudgeCommandOptions {
  runDir: string;
  /** JSONL of items to rate: feedback-shaped records, or `{ id, targetId?, context }`. */
  itemsFile: string;
  /** The judge. Absent → the offline lexical judge (clearly labelled; reads `critique` when present). */
  model?: LanguageModel | null;
  embeddingModel?: EmbeddingModel | null;
  /** @default 4 */
  concurrency?: number;
  /** @default 12 */
  metricsPerCall?: number;
  /** @default 42 */
  seed?: number;
  render?: JudgeItemsOptions['render'];
  abortSignal?: AbortSignal;
  onEvent?: PipelineEventListener;
}

export interface RunJudgeCommandResult {
  engine: JudgeEngine;
  file: string;
  summaryFile: string;
  items: number;
  ratings: number;
  unscored: number;
  unscoredRate: number | null;
  naRate: number | null;
  perMetric: JudgeMetricSummary[];
  usage: TokenUsage;
  warnings: string[];
}

/**
 * `tenets judge <run-dir> --items <file>`: rate every item on the run's metrics (+1 / 0 / −1 with reasoning)
 * and write `judgements.jsonl` plus `judgements-summary.json` with per-metric pass, N/A and unscored rates.
 * Unscored ratings are counted and excluded from pass and N/A rates, never counted as fails.
 */
export async function runJudgeCommand(options: RunJudgeCommandOptions): Promise<RunJudgeCommandResult> {
  const { runDir, itemsFile, seed = 42, abortSignal, onEvent } = options;
  const run = await openRun(runDir);
  const { metrics, source } = await readRunMetrics(run);
  const { records, rejects } = await readJsonl(itemsFile, judgeItemSchema);
  const warnings = rejects.map((reject) => `${reject.file}:${reject.line}${reject.field ? ` (${reject.field})` : ''}: ${reject.message}; item skipped.`);
  if (records.length === 0) throw new TenetsInvalidInputError({ file: itemsFile, message: 'no usable items', hint: 'Each line needs an "id" and a "context" (prompt, response, messages or trajectory).' });
  const empty = records.filter((item) => !item.context);
  if (empty.length > 0) warnings.push(`${empty.length} item(s) have no context; the judge sees nothing to rate for them.`);
  for (const warning of warnings) await notify(onEvent, { type: 'warning', stage: 'judge', message: warning });

  const result = await judgeItems({
    items: records,
    metrics,
    model: options.model,
    embeddingModel: options.embeddingModel,
    concurrency: options.concurrency,
    metricsPerCall: options.metricsPerCall,
    seed,
    render: options.render,
    abortSignal,
    onEvent,
  });
  const lineage = { command: 'tenets judge', options: { items: itemsFile, metricsPerCall: options.metricsPerCall ?? 12, seed }, derivedFrom: [source] as const };
  const file = (await run.write('judgements', result.traits, lineage)).path;
  const itemIds = [...new Set(records.map((item) => itemIdOf(item)))];
  const stats = computeMetaMetrics({ itemIds, metricIds: metrics.map((metric) => metric.id), aspects: [], traits: result.traits, matches: [] });
  const perMetric: JudgeMetricSummary[] = stats.perMetric.map((entry) => ({
    metricId: entry.metricId,
    name: metrics.find((metric) => metric.id === entry.metricId)!.name,
    positive: entry.positive,
    negative: entry.negative,
    notApplicable: entry.notApplicable,
    unscored: entry.unscored,
    passRate: entry.passRate,
    naRate: entry.naRate,
    unscoredRate: itemIds.length === 0 ? null : entry.unscored / itemIds.length,
  }));
  const summary: JudgementsSummary = {
    engine: result.engine,
    items: itemIds.length,
    ratings: stats.counts.ratings,
    unscored: stats.unscoredCount,
    unscoredRate: stats.unscoredRate,
    naRate: stats.naRate,
    perMetric,
    usage: result.usage,
  };
  const summaryFile = (await run.write('judgements-summary', summary, { ...lineage, derivedFrom: ['judgements'] })).path;
  return { ...summary, file, summaryFile, warnings };
}

