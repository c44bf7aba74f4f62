import type { EmbeddingModel, LanguageModel } from 'ai';
import { TenetsBudgetError } from '../../errors/tenets-budget-error.ts';
import { TenetsInvalidInputError } from '../../errors/tenets-invalid-input-error.ts';
import { createLexicalEmbeddingModel } from '../../embed/lexical/create-lexical-embedding-model.ts';
import { notify } from '../../events/notify.ts';
import type { PipelineEvent, PipelineEventListener } from '../../events/pipeline-event.ts';
import type { Aspect } from '../../schemas/aspect.ts';
import type { Feedback } from '../../schemas/feedback.ts';
import { addUsage, emptyUsage, type TokenUsage } from '../../schemas/usage.ts';
import { contentId } from '../../util/content-id.ts';
import { evaluateMetricSet, type EvaluateMetricSetOptions, type EvaluateMetricSetResult } from '../coverage/evaluate-metric-set.ts';
import { computeMetaMetrics } from '../coverage/compute-meta-metrics.ts';
import { induceMetrics, type InduceMetricsResult } from '../induce/induce-metrics.ts';
import { TenetsInductionError } from '../induce/induction-failed-error.ts';
import type { JudgeCache } from '../judge/judge-cache.ts';
import { itemSegments } from '../judge/judge-items-offline.ts';
import { itemIdOf } from '../../schemas/judge-item.ts';
import type { SearchDecision, SearchRow, SearchStability, SearchStopReason } from '../../schemas/metric-search.ts';
import { embedTexts } from '../../embed/embed-texts.ts';
import { modelLabel } from '../../llm/model-label.ts';
import { deriveSeed } from '../../util/seeded-random.ts';
import { metricSetOverlap } from './metric-set-overlap.ts';
import { splitItems, type ItemSplit } from './split-items.ts';

export interface SearchMetricCountOptions {
  feedback: readonly Feedback[];
  /** Every grounded aspect (all items). Grounded once, before the split; never re-grounded here. */
  aspects: readonly Aspect[];
  /** Induction model. Absent → offline induction. */
  model?: LanguageModel | null;
  /** @default model (absent → offline lexical judge) */
  judgeModel?: LanguageModel | null;
  /** @default model (absent → offline lexical matcher) */
  matchModel?: LanguageModel | null;
  embeddingModel?: EmbeddingModel | null;
  /** Vectors by aspect id from `embeddingModel` (the run's persisted embeddings); train aspects found here are not re-embedded. */
  embeddings?: ReadonlyMap<string, Float32Array>;
  seed: number;
  /** First-round range of N, inclusive. @default [4, 13] */
  nRange?: readonly [number, number];
  /** Candidate sets per N per round. @default 2 */
  seedsPerN?: number;
  /** @default 3 */
  maxRounds?: number;
  /** @default 0.8 */
  trainFraction?: number;
  /** Sets within this much of the best coverage are kept. @default 0.01 (1 point) */
  coverageTolerance?: number;
  /** Later rounds search N* ± radius. @default 2 */
  radius?: number;
  /** The smallest N later rounds may try. @default 2 */
  minN?: number;
  /** Most model calls the search may make; it stops before a candidate that could exceed it. @default unlimited */
  callBudget?: number;
  cache?: JudgeCache;
  judge?: EvaluateMetricSetOptions['judge'];
  match?: EvaluateMetricSetOptions['match'];
  /** Bootstrap samples for the chosen set's intervals (0 = none). @default 1000 */
  bootstrapSamples?: number;
  abortSignal?: AbortSignal;
  onEvent?: PipelineEventListener;
}

export interface SearchCandidate {
  row: SearchRow;
  induction?: InduceMetricsResult;
  evaluation?: EvaluateMetricSetResult;
}

export interface SearchMetricCountResult {
  split: ItemSplit;
  table: SearchRow[];
  decisions: SearchDecision[];
  chosen: SearchCandidate | null;
  stability: SearchStability | null;
  rounds: number;
  stopReason: SearchStopReason;
  engines: { induction: string; judge: string; match: string };
  usage: TokenUsage;
}

/**
 * The paper's search for N (autolibra.md §8) on a seeded 80/20 split of items: induce candidate sets over a
 * range of N (several seeds each) on the train aspects, judge and match on the held-out items, keep the sets
 * within 1 point of the best coverage, take the lowest redundancy; re-centre on N* ± 2 and repeat with new
 * seeds until N* is stable (≤ 3 rounds). Selection is over every set evaluated so far. Judge results are
 * cached per (metric set, item); every decision is logged and reported as an `info` event.
 */
export async function searchMetricCount(options: SearchMetricCountOptions): Promise<SearchMetricCountResult> {
  const { feedback, aspects, seed, seedsPerN = 2, maxRounds = 3, trainFraction = 0.8, coverageTolerance = 0.01, radius = 2, minN = 2, callBudget, cache = new Map(), abortSignal, onEvent } = options;
  const model = options.model ?? undefined;
  const judgeModel = options.judgeModel === undefined ? model : options.judgeModel ?? undefined;
  const matchModel = options.matchModel === undefined ? model : options.matchModel ?? undefined;
  const [firstLow, firstHigh] = options.nRange ?? [4, 13];
  if (!(firstLow >= 1 && firstHigh >= firstLow)) throw new TenetsInvalidInputError({ message: `Invalid N range ${firstLow}..${firstHigh}.`, field: 'nRange' });
  const started = Date.now();
  const decisions: SearchDecision[] = [];
  const log = async (decision: SearchDecision) => {
    decisions.push(decision);
    await notify(onEvent, { type: 'info', stage: 'search', message: `[round ${decision.round}] ${decision.message}` });
  };
  // Nested stages report only what a reader must see: warnings and failed items.
  const nested = (event: PipelineEvent) => (event.type === 'warning' || event.type === 'item-failed' ? notify(onEvent, event) : undefined);

  const split = splitItems({ feedback, seed: deriveSeed(seed, 'split'), trainFraction });
  const trainItems = new Set(split.trainItemIds);
  const itemByFeedback = new Map(feedback.map((record) => [record.id, itemIdOf(record)]));
  const trainAspects = aspects.filter((aspect) => trainItems.has(itemByFeedback.get(aspect.feedbackId) ?? ''));
  const heldOutAspects = aspects.filter((aspect) => !trainItems.has(itemByFeedback.get(aspect.feedbackId) ?? ''));
  const trainFeedback = feedback.filter((record) => trainItems.has(itemIdOf(record)));
  const heldOutFeedback = feedback.filter((record) => !trainItems.has(itemIdOf(record)));
  const orphans = aspects.filter((aspect) => !itemByFeedback.has(aspect.feedbackId));
  if (orphans.length > 0) throw new TenetsInvalidInputError({ message: `${orphans.length} aspect(s) come from feedback that is not in the feedback list (first: ${orphans[0]!.id}).` });
  if (trainAspects.length === 0) throw new TenetsInvalidInputError({ message: 'No grounded aspects fall in the train split; nothing to induce metrics from.' });
  await notify(onEvent, { type: 'stage-start', stage: 'search' });
  await log({
    round: 0,
    kind: 'split',
    message: `Split ${split.trainItemIds.length + split.heldOutItemIds.length} items ${Math.round(trainFraction * 100)}/${Math.round((1 - trainFraction) * 100)} (seed ${split.seed}): ${split.trainItemIds.length} train items with ${trainAspects.length} aspects, ${split.heldOutItemIds.length} held-out items with ${heldOutAspects.length} aspects.`,
  });

  // Without an embedding model, one lexical model is fitted on everything the search will compare, so every
  // candidate is induced, judged and matched in the same space (and the model is fitted once, not per call).
  const embeddingModel =
    options.embeddingModel ??
    createLexicalEmbeddingModel({
      corpus: [...aspects.map((aspect) => aspect.behaviour), ...heldOutFeedback.flatMap((record) => itemSegments(record))],
      seed,
    });
  let usage = emptyUsage();
  const persisted = options.embeddingModel ? options.embeddings : undefined;
  const toEmbed = trainAspects.filter((aspect) => !persisted?.has(aspect.id));
  const embedded = await embedTexts({ texts: toEmbed.map((aspect) => aspect.behaviour), embeddingModel, seed, abortSignal });
  usage = addUsage(usage, embedded.usage);
  const embeddings = new Map(trainAspects.map((aspect) => [aspect.id, persisted?.get(aspect.id) ?? embedded.vectors.get(aspect.behaviour)!]));

  const metricsPerCall = options.judge?.metricsPerCall ?? 12;
  const estimateCalls = (n: number) =>
    (model ? 2 : 0) + (judgeModel ? 2 * split.heldOutItemIds.length * Math.ceil(n / metricsPerCall) : 0) + (matchModel ? 2 * heldOutAspects.length : 0);
  const candidates: SearchCandidate[] = [];
  let stopReason: SearchStopReason = 'max-rounds';
  let previousBest: number | undefined;
  let best: SearchCandidate | undefined;
  let range: [number, number] = [Math.min(firstLow, trainAspects.length), Math.min(firstHigh, trainAspects.length)];
  let round = 0;

  search: for (round = 1; round <= maxRounds; round++) {
    await log({ round, kind: 'range', message: `Searching N = ${range[0]}..${range[1]} with ${seedsPerN} seed(s) each.` });
    const plan: Array<{ n: number; seedIndex: number }> = [];
    for (let n = range[0]; n <= range[1]; n++) for (let seedIndex = 0; seedIndex < seedsPerN; seedIndex++) plan.push({ n, seedIndex });
    for (const [index, { n, seedIndex }] of plan.entries()) {
      abortSignal?.throwIfAborted();
      if (callBudget !== undefined && usage.calls + estimateCalls(n) > callBudget) {
        stopReason = 'budget';
        await log({ round, kind: 'budget', message: `Stopping: ${usage.calls} calls used; the next candidate (N = ${n}) could need up to ${estimateCalls(n)} more, over the budget of ${callBudget}.`, n });
        break search;
      }
      const candidate = await evaluateCandidate({ round, n, seedIndex, candidateSeed: deriveSeed(seed, 'candidate', round, n, seedIndex) });
      if (candidate === 'budget') {
        stopReason = 'budget';
        await log({ round, kind: 'budget', message: `Stopping: the model layer's budget was reached during N = ${n}.`, n });
        break search;
      }
      candidates.push(candidate);
      await notify(onEvent, { type: 'stage-progress', stage: 'search', completed: index + 1, total: plan.length });
    }
    best = select();
    if (!best) {
      stopReason = 'no-candidates';
      await log({ round, kind: 'stop', message: 'No candidate set could be evaluated.' });
      break;
    }
    await logSelection(round, best);
    if (previousBest === best.row.n) {
      stopReason = 'stable';
      await log({ round, kind: 'stop', message: `N* = ${best.row.n} is unchanged from the previous round; stopping.`, n: best.row.n });
      break;
    }
    previousBest = best.row.n;
    if (round === maxRounds) {
      await log({ round, kind: 'stop', message: `Reached the round limit (${maxRounds}) with N* = ${best.row.n}.`, n: best.row.n });
      break;
    }
    range = [Math.max(Math.min(minN, firstLow), best.row.n - radius), Math.min(trainAspects.length, best.row.n + radius)];
  }
  const rounds = Math.min(round, maxRounds);
  if (stopReason === 'budget') {
    best = select();
    if (best) await logSelection(rounds, best);
  }

  // Final flags and the chosen set's intervals.
  const finalKept = keptSet();
  for (const candidate of candidates) {
    candidate.row.kept = finalKept.has(candidate);
    candidate.row.chosen = candidate === best;
  }
  if (best?.evaluation && best.induction && (options.bootstrapSamples ?? 1000) > 0) {
    const itemIds = [...new Set(heldOutFeedback.map((record) => itemIdOf(record)))];
    best.evaluation.evaluation = computeMetaMetrics({
      itemIds,
      metricIds: best.induction.metrics.map((metric) => metric.id),
      aspects: heldOutAspects.map((aspect) => ({ id: aspect.id, itemId: itemByFeedback.get(aspect.feedbackId)!, sign: aspect.sign })),
      traits: best.evaluation.traits,
      matches: best.evaluation.matches,
      bootstrap: { seed: deriveSeed(seed, 'bootstrap'), samples: options.bootstrapSamples ?? 1000 },
    });
  }
  const stability = best ? stabilityOf(best.row.n) : null;
  await notify(onEvent, { type: 'stage-end', stage: 'search', durationMs: Date.now() - started, counts: { rounds, candidates: candidates.length, chosenN: best?.row.n ?? 0 }, usage });
  return {
    split,
    table: candidates.map((candidate) => candidate.row),
    decisions,
    chosen: best ?? null,
    stability,
    rounds,
    stopReason,
    engines: {
      induction: model ? modelLabel(model) : 'offline',
      judge: judgeModel ? modelLabel(judgeModel) : 'offline-lexical',
      match: matchModel ? modelLabel(matchModel) : 'offline-lexical',
    },
    usage,
  };

  async function evaluateCandidate(spec: { round: number; n: number; seedIndex: number; candidateSeed: number }): Promise<SearchCandidate | 'budget'> {
    const row: SearchRow = {
      round: spec.round, n: spec.n, seedIndex: spec.seedIndex, seed: spec.candidateSeed, metricCount: 0, metricSetId: null,
      coverage: null, coveragePositive: null, coverageNegative: null, redundancy: null, naRate: null, unscoredRate: null,
      aspectsUnscored: 0, calls: 0, cachedItems: 0, kept: false, chosen: false,
    };
    let induction: InduceMetricsResult;
    try {
      induction = await induceMetrics({ aspects: trainAspects, feedback: trainFeedback, n: spec.n, embeddings, model, seed: spec.candidateSeed, abortSignal, onEvent: nested });
    } catch (error) {
      if (isBudgetError(error)) return 'budget';
      if (!(error instanceof TenetsInductionError) || abortSignal?.aborted) throw error;
      row.error = error.message;
      row.calls = error.usage.calls;
      usage = addUsage(usage, error.usage);
      await log({ round: spec.round, kind: 'candidate-failed', message: `N = ${spec.n}, seed ${spec.candidateSeed}: induction failed (${error.message}); candidate skipped.`, n: spec.n, seed: spec.candidateSeed });
      return { row };
    }
    let evaluation: EvaluateMetricSetResult;
    try {
      evaluation = await evaluateMetricSet({
        metrics: induction.metrics, feedback: heldOutFeedback, aspects: heldOutAspects, judgeModel, matchModel, embeddingModel,
        cache, seed, judge: options.judge, match: options.match, abortSignal, onEvent: nested,
      });
    } catch (error) {
      if (isBudgetError(error)) return 'budget';
      throw error;
    }
    const candidateUsage = addUsage(induction.usage, evaluation.usage);
    usage = addUsage(usage, candidateUsage);
    const meta = evaluation.evaluation;
    Object.assign(row, {
      metricCount: induction.metrics.length,
      metricSetId: contentId('set', induction.metrics.map((metric) => metric.id).sort()),
      coverage: meta.coverage, coveragePositive: meta.coveragePositive, coverageNegative: meta.coverageNegative,
      redundancy: meta.redundancy, naRate: meta.naRate, unscoredRate: meta.unscoredRate, aspectsUnscored: meta.counts.aspectsUnscored,
      calls: candidateUsage.calls, cachedItems: evaluation.cachedItems,
    });
    await log({
      round: spec.round,
      kind: 'candidate',
      message: `N = ${spec.n}, seed ${spec.candidateSeed}: ${induction.metrics.length} metrics, coverage ${percent(meta.coverage)} (+ ${percent(meta.coveragePositive)}, − ${percent(meta.coverageNegative)}), redundancy ${percent(meta.redundancy)}, unscored ${percent(meta.unscoredRate)}, ${candidateUsage.calls} calls.`,
      n: spec.n,
      seed: spec.candidateSeed,
    });
    return { row, induction, evaluation };
  }

  function scoredCandidates(): SearchCandidate[] {
    return candidates.filter((candidate) => candidate.evaluation && candidate.row.coverage !== null);
  }

  function keptSet(): Set<SearchCandidate> {
    const scored = scoredCandidates();
    if (scored.length === 0) return new Set();
    const bestCoverage = Math.max(...scored.map((candidate) => candidate.row.coverage!));
    return new Set(scored.filter((candidate) => candidate.row.coverage! >= bestCoverage - coverageTolerance - 1e-12));
  }

  /** Lowest redundancy among the sets within the tolerance of the best coverage; ties → smaller N, fewer unscored, earlier. */
  function select(): SearchCandidate | undefined {
    const kept = [...keptSet()];
    kept.sort(
      (left, right) =>
        (left.row.redundancy ?? Infinity) - (right.row.redundancy ?? Infinity) ||
        left.row.n - right.row.n ||
        (left.row.unscoredRate ?? 0) - (right.row.unscoredRate ?? 0) ||
        candidates.indexOf(left) - candidates.indexOf(right),
    );
    return kept[0];
  }

  async function logSelection(atRound: number, chosen: SearchCandidate): Promise<void> {
    const kept = [...keptSet()];
    const bestCoverage = Math.max(...kept.map((candidate) => candidate.row.coverage!));
    const keptNs = [...new Set(kept.map((candidate) => candidate.row.n))].sort((left, right) => left - right);
    await log({
      round: atRound,
      kind: 'select',
      message: `Best coverage so far ${percent(bestCoverage)}; ${kept.length} set(s) within ${percent(coverageTolerance)} of it (N = ${keptNs.join(', ')}); lowest redundancy ${percent(chosen.row.redundancy)} → N* = ${chosen.row.n} (seed ${chosen.row.seed}).`,
      n: chosen.row.n,
      seed: chosen.row.seed,
    });
  }

  function stabilityOf(n: number): SearchStability {
    const sets = scoredCandidates().filter((candidate) => candidate.row.n === n).map((candidate) => candidate.induction!.metrics);
    const overlaps: number[] = [];
    for (let left = 0; left < sets.length; left++) for (let right = left + 1; right < sets.length; right++) overlaps.push(metricSetOverlap(sets[left]!, sets[right]!));
    return {
      n,
      sets: sets.length,
      pairs: overlaps.length,
      meanOverlap: overlaps.length === 0 ? null : overlaps.reduce((sum, value) => sum + value, 0) / overlaps.length,
      minOverlap: overlaps.length === 0 ? null : Math.min(...overlaps),
    };
  }
}

function isBudgetError(error: unknown): boolean {
  return TenetsBudgetError.isInstance(error);
}

function percent(value: number | null): string {
  return value === null ? 'n/a' : `${(value * 100).toFixed(1)}%`;
}
