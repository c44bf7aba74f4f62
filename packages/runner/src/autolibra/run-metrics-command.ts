import type { EmbeddingModel, LanguageModel } from 'ai';
import {
  formatSearchTable,
  induceMetrics,
  metricSearchFileSchema,
  metricSetFileSchema,
  notify,
  searchMetricCount,
  splitItems,
  deriveSeed,
  itemIdOf,
  type EvaluateMetricSetOptions,
  type MetaMetrics,
  type MetricSearchFile,
  type MetricSetFile,
  type PipelineEventListener,
  type SearchRow,
  type SearchStopReason,
  type TokenUsage,
} from '@tenets/core';
import { openRun, readEmbeddings, type ArtefactLineage, type ArtefactName } from '@tenets/store';
import { readRunInputs } from './read-run-inputs.ts';

export const offlineAutolibraNote =
  'Offline engine: k-means induction with extractive metrics, a lexical judge and a lexical matcher (no language model). The lexical judge reads the critique, so its coverage is a smoke test of the plumbing, not a measure of metric quality.';

export interface RunMetricsCommandOptions {
  runDir: string;
  /** Induction model. Absent → offline. Also judges and matches unless those are given. */
  model?: LanguageModel | null;
  judgeModel?: LanguageModel | null;
  matchModel?: LanguageModel | null;
  embeddingModel?: EmbeddingModel | null;
  /**
   * How the embedding model is named (e.g. `openai:text-embedding-3-small`). When it is the model that embedded
   * the run's aspects (embeddings.json), the persisted vectors are used and no aspect is embedded again. The
   * offline lexical model is refitted on the split instead (local, no call), as before.
   */
  embeddingModelName?: string;
  /** Run the paper's search for N; otherwise induce `n` metrics. @default false */
  search?: boolean;
  /** N without search. @default 8 */
  n?: number;
  /** First-round N range of the search. @default [4, 13] */
  nRange?: readonly [number, number];
  /** Candidate sets per N per round. @default 2 */
  seeds?: number;
  /** @default 3 */
  maxRounds?: number;
  /** Most model calls the search may make. */
  callBudget?: number;
  /** Judge and match the held-out 20% (without search). @default true */
  evaluate?: boolean;
  /** @default 42 */
  seed?: number;
  /** @default 1000 */
  bootstrapSamples?: number;
  judge?: EvaluateMetricSetOptions['judge'];
  match?: EvaluateMetricSetOptions['match'];
  /** Include machine (LLM-as-judge) feedback. @default false */
  includeMachineFeedback?: boolean;
  abortSignal?: AbortSignal;
  onEvent?: PipelineEventListener;
}

export interface RunMetricsCommandResult {
  runDir: string;
  engine: 'offline' | 'llm';
  n: number;
  metrics: MetricSetFile['metrics'];
  evaluation: MetaMetrics | undefined;
  table: SearchRow[];
  /** `formatSearchTable(table)`, ready to print. */
  tableText: string;
  stopReason: SearchStopReason | undefined;
  files: string[];
  usage: TokenUsage;
  warnings: string[];
}

/**
 * `tenets metrics <run-dir>`: AutoLibra metric induction on the run's grounded aspects (never re-grounded),
 * on a seeded 80/20 item split, with the held-out meta-metrics; `search` runs the paper's search for N.
 * Writes the `metric-set` artefact (metric-set.json, beside the per-cluster metrics.json of `tenets run`, which
 * stays as it is so principle → metric links stay valid), metrics-search.json, matches.jsonl and ratings.jsonl.
 */
export async function runMetricsCommand(options: RunMetricsCommandOptions): Promise<RunMetricsCommandResult> {
  const { runDir, seed = 42, search = false, evaluate = true, abortSignal, onEvent } = options;
  const model = options.model ?? undefined;
  const run = await openRun(runDir);
  const inputs = await readRunInputs(run);
  const warnings: string[] = [];
  const feedback = options.includeMachineFeedback ? inputs.feedback : inputs.feedback.filter((record) => record.origin !== 'machine');
  const known = new Set(feedback.map((record) => record.id));
  const aspects = inputs.aspects.filter((aspect) => known.has(aspect.feedbackId));
  if (aspects.length < inputs.aspects.length) warnings.push(`${inputs.aspects.length - aspects.length} aspect(s) belong to feedback that is not used (machine feedback or missing records) and were left out.`);
  for (const warning of warnings) await notify(onEvent, { type: 'warning', stage: 'metrics', message: warning });
  if (!model) await notify(onEvent, { type: 'info', stage: 'metrics', message: offlineAutolibraNote });
  const engine = model ? ('llm' as const) : ('offline' as const);
  const persisted = options.embeddingModel && options.embeddingModelName && run.has('embeddings') && run.has('embeddings-index') ? await readEmbeddings(run) : undefined;
  const embeddings = persisted?.index.model === options.embeddingModelName ? persisted?.vectors : undefined;
  const files: string[] = [];
  const recordedOptions = search
    ? { search, nRange: options.nRange ?? [4, 13], seeds: options.seeds ?? 2, maxRounds: options.maxRounds ?? 3, callBudget: options.callBudget ?? null, seed, includeMachineFeedback: options.includeMachineFeedback ?? false }
    : { search, n: options.n ?? 8, evaluate, callBudget: options.callBudget ?? null, seed, includeMachineFeedback: options.includeMachineFeedback ?? false };
  const lineage = (...derivedFrom: ArtefactName[]): ArtefactLineage => ({ command: 'tenets metrics', options: recordedOptions, derivedFrom });

  if (!search && !evaluate) {
    const split = splitItems({ feedback, seed: deriveSeed(seed, 'split') });
    const train = new Set(split.trainItemIds);
    const trainFeedback = feedback.filter((record) => train.has(itemIdOf(record)));
    const trainIds = new Set(trainFeedback.map((record) => record.id));
    const induction = await induceMetrics({ aspects: aspects.filter((aspect) => trainIds.has(aspect.feedbackId)), feedback: trainFeedback, n: options.n ?? 8, model, embeddingModel: options.embeddingModel, embeddings, seed, abortSignal, onEvent });
    const file: MetricSetFile = metricSetFileSchema.parse({
      schemaVersion: 1, engine, ...(model ? {} : { engineNote: offlineAutolibraNote }), n: induction.n, seed, metrics: induction.metrics,
      assignment: induction.assignment, reassigned: induction.reassigned, split, warnings: [...warnings, ...induction.warnings],
    });
    files.push((await run.write('metric-set', file, lineage('aspects', 'feedback'))).path);
    return { runDir, engine, n: induction.n, metrics: induction.metrics, evaluation: undefined, table: [], tableText: '', stopReason: undefined, files, usage: induction.usage, warnings: file.warnings };
  }

  const result = await searchMetricCount({
    feedback,
    aspects,
    model,
    judgeModel: options.judgeModel === undefined ? model : options.judgeModel,
    matchModel: options.matchModel === undefined ? model : options.matchModel,
    embeddingModel: options.embeddingModel,
    embeddings,
    seed,
    nRange: search ? options.nRange : [options.n ?? 8, options.n ?? 8],
    seedsPerN: search ? options.seeds : 1,
    maxRounds: search ? options.maxRounds : 1,
    callBudget: options.callBudget,
    bootstrapSamples: options.bootstrapSamples,
    judge: options.judge,
    match: options.match,
    abortSignal,
    onEvent,
  });
  const chosen = result.chosen;
  const searchFile: MetricSearchFile = metricSearchFileSchema.parse({
    schemaVersion: 1,
    engines: result.engines,
    split: result.split,
    options: search
      ? { search, nRange: options.nRange ?? [4, 13], seeds: options.seeds ?? 2, maxRounds: options.maxRounds ?? 3, callBudget: options.callBudget ?? null, seed }
      : { search, n: options.n ?? 8, callBudget: options.callBudget ?? null, seed },
    rounds: result.rounds,
    stopReason: result.stopReason,
    chosen: chosen?.row.metricSetId ? { round: chosen.row.round, n: chosen.row.n, seed: chosen.row.seed, metricSetId: chosen.row.metricSetId } : null,
    stability: result.stability,
    table: result.table,
    decisions: result.decisions,
    usage: result.usage,
  });
  files.push((await run.write('metric-search', searchFile, lineage('aspects', 'feedback'))).path);
  if (!chosen?.induction || !chosen.evaluation) {
    warnings.push(`No metric set could be chosen (${result.stopReason}); metric-set.json was not written.`);
    return { runDir, engine, n: 0, metrics: [], evaluation: undefined, table: result.table, tableText: formatSearchTable(result.table), stopReason: result.stopReason, files, usage: result.usage, warnings };
  }
  const metricSet: MetricSetFile = metricSetFileSchema.parse({
    schemaVersion: 1,
    engine,
    ...(model ? {} : { engineNote: offlineAutolibraNote }),
    n: chosen.row.n,
    seed: chosen.row.seed,
    metrics: chosen.induction.metrics,
    assignment: chosen.induction.assignment,
    reassigned: chosen.induction.reassigned,
    split: result.split,
    evaluation: chosen.evaluation.evaluation,
    judge: { engine: result.engines.judge === 'offline-lexical' ? 'offline-lexical' : 'llm', ...(result.engines.judge === 'offline-lexical' ? {} : { model: result.engines.judge }) },
    warnings: [...warnings, ...chosen.induction.warnings],
  });
  files.push((await run.write('metric-set', metricSet, lineage('aspects', 'feedback'))).path);
  files.push((await run.write('matches', chosen.evaluation.matches, lineage('metric-set', 'aspects'))).path);
  files.push((await run.write('ratings', chosen.evaluation.traits, lineage('metric-set', 'feedback'))).path);
  return {
    runDir,
    engine,
    n: chosen.row.n,
    metrics: chosen.induction.metrics,
    evaluation: chosen.evaluation.evaluation,
    table: result.table,
    tableText: formatSearchTable(result.table),
    stopReason: result.stopReason,
    files,
    usage: result.usage,
    warnings: metricSet.warnings,
  };
}
