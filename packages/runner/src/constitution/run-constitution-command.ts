import { join } from 'node:path';
import type { EmbeddingModel, LanguageModel } from 'ai';
import {
  agreementStatistics,
  induceConstitution,
  notify,
  planConstitutionCalls,
  predictPair,
  renderTestedConstitutionMarkdown,
  TenetsInvalidInputError,
  votePrinciplesLlm,
  votePrinciplesOffline,
  addUsage,
  emptyUsage,
  defaultFilterThresholds,
  offlineConstitutionLimitations,
  testPrinciplesOnCritiques,
  type TestedConstitution,
  type Agreement,
  type Clusterer,
  type ConstitutionCallPlan,
  type ConstitutionSegments,
  type FilterThresholds,
  type InduceConstitutionResult,
  type PipelineEventListener,
  type Preference,
  type PrincipleVote,
  type Proposal,
  type SelectionMethod,
  type SeedAggregation,
  type TokenUsage,
  type VoteChoice,
} from '@tenets/core';
import type { IngestFilesOptions } from '@tenets/formats';
import type { ModelPrice } from '@tenets/models';
import { openRun, type ArtefactLineage, type ArtefactName } from '@tenets/store';
import { estimateConstitutionCost, type ConstitutionCostEstimate } from './estimate-constitution-cost.ts';
import { readPreferenceInputs, type PreferenceInputs } from './read-preference-inputs.ts';
import { segmentOf, segmentPairs, segmentSlug } from './segment-pairs.ts';

export interface RunConstitutionCommandOptions extends Pick<IngestFilesOptions, 'map' | 'format' | 'strict'> {
  /** Preference files (ICAI CSV, AnnotatedPairs v2.0, TRL or canonical JSONL), or one run directory. */
  inputs: readonly string[];
  /** Output directory (a run directory; created if missing). */
  outDir: string;
  /**
   * A run directory whose drafted per-cluster principles (`tenets run`) join the candidate pool, with their
   * provenance, beside the pairs read from `inputs` (how `tenets run` combines feedback and pair files).
   */
  draftedFrom?: string;
  /** Absent or null → the offline engine (lexical contrastive; its outputs say what it cannot do). */
  model?: LanguageModel | null;
  embeddingModel?: EmbeddingModel | null;
  clusterer?: Clusterer;
  /** `--select`. @default 'greedy' */
  select?: SelectionMethod;
  /** `--n`: constitution size. @default 5 */
  size?: number;
  /** `--split-by <metadata field>`: one constitution per segment plus the cross-reconstruction matrix. */
  splitBy?: string;
  /** Swap every a/b label first (ICAI's "unaligned" variant of a dataset). @default false */
  invertLabels?: boolean;
  /** @default 0.3 */
  heldOutFraction?: number;
  /** @default 3 */
  perPair?: number;
  /** @default 40 */
  chunkSize?: number;
  /** `--vote-seeds`: S full votes aggregated (model path). @default 1 */
  voteSeeds?: number;
  /** `--aggregation`. @default 'unanimous' */
  seedAggregation?: SeedAggregation;
  thresholds?: FilterThresholds;
  /** @default 42 */
  seed?: number;
  concurrency?: number;
  /** Price of the model, for the cost shown first. */
  price?: ModelPrice;
  /** `--dry-run`: read the inputs, show the plan and its cost, make no call and write nothing. */
  dryRun?: boolean;
  /** For a dry run, which engine to plan for (no model is opened, so `model` is absent). @default from `model` */
  plannedEngine?: 'offline' | 'llm';
  /** Flags as given (minus secrets), recorded in the manifest. */
  recordedOptions?: Record<string, unknown>;
  abortSignal?: AbortSignal;
  onEvent?: PipelineEventListener;
}

export interface ConstitutionSegmentResult {
  segment: string;
  dir: string;
  result: InduceConstitutionResult;
}

export interface RunConstitutionCommandResult {
  outDir: string;
  engine: 'offline' | 'llm';
  pairs: number;
  rejected: number;
  /** Planned calls per stage and the estimated cost, computed before any call. */
  plan: ConstitutionCallPlan;
  estimate: ConstitutionCostEstimate;
  dryRun: boolean;
  /** Absent for a dry run or with `--split-by`. */
  result?: InduceConstitutionResult;
  segments?: ConstitutionSegmentResult[];
  matrix?: ConstitutionSegments['matrix'];
  usage: TokenUsage;
  warnings: string[];
}

const command = 'tenets constitution';

/**
 * `tenets constitution <files…|run-dir> --out <dir>`: read pairs, show the planned calls and cost (stop there
 * for `--dry-run`), induce a tested constitution (or one per segment), and write constitution.json,
 * constitution.md, candidates.jsonl, votes.jsonl and preferences.jsonl through the run store.
 */
export async function runConstitutionCommand(options: RunConstitutionCommandOptions): Promise<RunConstitutionCommandResult> {
  const { outDir, onEvent, seed = 42, size = 5, select = 'greedy', perPair = 3, chunkSize = 40, heldOutFraction = 0.3 } = options;
  const read = await readPreferenceInputs(options.inputs, { map: options.map, format: options.format, strict: options.strict, onEvent, abortSignal: options.abortSignal });
  if (options.draftedFrom) read.draftedProposals.push(...(await readPreferenceInputs([options.draftedFrom])).draftedProposals);
  const pairs = options.invertLabels ? read.pairs.map(invert) : read.pairs;
  if (pairs.length === 0 && read.draftedProposals.length === 0) {
    throw new TenetsInvalidInputError({ file: options.inputs.join(', '), message: 'no preference pairs were read', hint: 'pass ICAI CSV (text_a, text_b, preferred_text), TRL JSONL (prompt, chosen, rejected), AnnotatedPairs v2.0, or use --map' });
  }
  const engine = options.model ? 'llm' : options.dryRun && options.plannedEngine === 'llm' ? 'llm' : 'offline';
  const groups = options.splitBy ? segmentPairs(pairs, options.splitBy) : [{ segment: '', pairs }];
  const plans = groups.map((group) => planConstitutionCalls({ pairs: group.pairs, heldOutFraction, perPair, size, chunkSize, voteSeeds: options.voteSeeds, extraCandidates: read.draftedProposals.length, model: engine === 'llm' }));
  const plan = sumPlans(plans);
  const estimate = estimateConstitutionCost(pairs, plan, { perPair, chunkSize, ...(options.price ? { price: options.price } : {}) });
  await notify(onEvent, { type: 'info', stage: 'constitution', message: describePlan(plan, estimate, engine) });
  const warnings: string[] = [];
  const base = { outDir, engine, pairs: pairs.length, rejected: read.rejects.length, plan, estimate, warnings } as const;
  if (options.dryRun) return { ...base, dryRun: true, usage: emptyUsage() };

  const recorded = { select, size, seed, perPair, chunkSize, heldOutFraction, voteSeeds: options.voteSeeds ?? 1, seedAggregation: options.seedAggregation ?? 'unanimous', ...(options.splitBy ? { splitBy: options.splitBy } : {}), ...(options.invertLabels ? { invertLabels: true } : {}), ...options.recordedOptions };
  const lineage = (...derivedFrom: ArtefactName[]): ArtefactLineage => ({ command, options: recorded, derivedFrom });
  const run = await openRun(outDir, { create: true });
  await run.write('preferences', pairs, lineage());
  await run.write('preference-rejects', read.rejects, lineage());

  const induce = (groupPairs: readonly Preference[], extra: readonly Proposal[]) =>
    induceConstitution({
      pairs: groupPairs,
      model: options.model,
      embeddingModel: options.embeddingModel,
      clusterer: options.clusterer,
      extraProposals: extra,
      size,
      selectionMethod: select,
      heldOutFraction,
      perPair,
      chunkSize,
      ...(options.voteSeeds ? { voteSeeds: options.voteSeeds } : {}),
      ...(options.seedAggregation ? { seedAggregation: options.seedAggregation } : {}),
      thresholds: options.thresholds,
      seed,
      concurrency: options.concurrency,
      abortSignal: options.abortSignal,
      onEvent,
    });
  const writeConstitution = async (target: typeof run, result: InduceConstitutionResult) => {
    await target.write('constitution-candidates', result.candidates, lineage('preferences'));
    await target.write('constitution-votes', result.votes, lineage('constitution-candidates', 'preferences'));
    await target.write('constitution', result.constitution, lineage('constitution-votes', 'constitution-candidates', 'preferences'));
    await target.write('constitution-markdown', renderTestedConstitutionMarkdown(result.constitution), lineage('constitution'));
    for (const warning of result.warnings) await notify(onEvent, { type: 'warning', stage: 'constitution', message: warning });
    warnings.push(...result.warnings);
  };

  if (pairs.length === 0 && read.critiques) {
    const result = await testOnCritiques(read.critiques, options, seed, size);
    await writeConstitution(run, result);
    return { ...base, dryRun: false, result, usage: result.usage };
  }
  if (!options.splitBy) {
    const result = await induce(pairs, read.draftedProposals);
    await writeConstitution(run, result);
    return { ...base, dryRun: false, result, usage: result.usage };
  }

  const segments: ConstitutionSegmentResult[] = [];
  for (const [index, group] of groups.entries()) {
    const dir = join('segments', segmentSlug(group.segment, index));
    const result = await induce(group.pairs, read.draftedProposals);
    const segmentRun = await openRun(join(outDir, dir), { create: true });
    await segmentRun.write('preferences', group.pairs, lineage());
    await writeConstitution(segmentRun, result);
    segments.push({ segment: group.segment, dir, result });
  }
  const cross = await crossReconstruction(segments, groups, options, seed);
  const value: ConstitutionSegments = {
    field: options.splitBy,
    segments: segments.map(({ segment, dir, result }) => ({ segment, dir, pairs: groups.find((group) => group.segment === segment)!.pairs.length, principles: result.constitution.principles.map((principle) => principle.text) })),
    matrix: cross.matrix,
  };
  await run.write('constitution-segments', value, lineage('preferences'));
  const usage = segments.reduce((total, segment) => addUsage(total, segment.result.usage), cross.usage);
  // Every pair's segment is recomputed from the same field, so a pair never lands in two segments.
  if (pairs.some((pair) => segmentOf(pair, options.splitBy!) === '(none)')) warnings.push(`Some pairs have no "${options.splitBy}" metadata; they form the segment "(none)".`);
  return { ...base, dryRun: false, segments, matrix: cross.matrix, usage };
}

/** Each segment's constitution, by net vote of its principles, on every segment's pairs (held-out ones on its own). */
async function crossReconstruction(segments: ConstitutionSegmentResult[], groups: Array<{ segment: string; pairs: Preference[] }>, options: RunConstitutionCommandOptions, seed: number): Promise<{ matrix: Agreement[][]; usage: TokenUsage }> {
  let usage = emptyUsage();
  const matrix: Agreement[][] = [];
  for (const [row, source] of segments.entries()) {
    const principles = source.result.constitution.principles;
    const ids = principles.map((principle) => principle.id);
    const cells: Agreement[] = [];
    for (const [column, target] of groups.entries()) {
      const decisive = target.pairs.filter((pair): pair is Preference & { preferred: 'a' | 'b' } => pair.preferred === 'a' || pair.preferred === 'b');
      let votes: PrincipleVote[];
      if (row === column) {
        votes = source.result.votes.filter((vote) => vote.split === 'held-out');
      } else if (options.model) {
        const voted = await votePrinciplesLlm({ principles, pairs: decisive, model: options.model, split: 'held-out', seed, chunkSize: options.chunkSize, concurrency: options.concurrency, abortSignal: options.abortSignal });
        usage = addUsage(usage, voted.usage);
        votes = voted.votes;
      } else {
        votes = votePrinciplesOffline({ principles, pairs: decisive, split: 'held-out', seed });
      }
      const evaluated = row === column ? decisive.filter((pair) => votes.some((vote) => vote.pairId === pair.id)) : decisive;
      const matrixOfVotes = new Map<string, Map<string, VoteChoice>>();
      for (const vote of votes) matrixOfVotes.set(vote.principleId, (matrixOfVotes.get(vote.principleId) ?? new Map()).set(vote.pairId, vote.choice));
      cells.push(agreementStatistics(evaluated.map((pair) => ({ prediction: predictPair(ids, pair.id, matrixOfVotes), preferred: pair.preferred })), seed));
    }
    matrix.push(cells);
  }
  return { matrix, usage };
}

/** A run with critiques but no pairs: every drafted principle is tested against held-out critiques. */
async function testOnCritiques(critiques: NonNullable<PreferenceInputs['critiques']>, options: RunConstitutionCommandOptions, seed: number, size: number): Promise<InduceConstitutionResult> {
  const tested = await testPrinciplesOnCritiques({ ...critiques, model: options.model, embeddingModel: options.embeddingModel, heldOutFraction: options.heldOutFraction, seed, concurrency: options.concurrency, abortSignal: options.abortSignal, onEvent: options.onEvent });
  const offline = !options.model;
  const constitution: TestedConstitution = {
    engine: offline ? 'offline' : 'llm',
    limitations: [
      ...(offline ? [...offlineConstitutionLimitations, 'Critique tests used the offline lexical judge on the responses only (never the critique itself); its ratings follow word overlap with each principle and its examples.'] : []),
      'No preference pairs: principles were tested against critiques, not by reconstructing preferences.',
    ],
    selectionMethod: 'none',
    size: Math.max(size, tested.principles.length),
    seed,
    pairs: { total: 0, ties: 0, bothBad: 0, selection: 0, heldOut: 0 },
    thresholds: options.thresholds ?? defaultFilterThresholds,
    counts: { proposals: tested.principles.length, proposalFailures: 0, candidates: tested.principles.length, survivedFilters: tested.principles.length, voteCalls: 0, failedVoteCalls: 0, invalidVotes: 0 },
    principles: tested.principles,
    reconstruction: { selection: { withConstitution: agreementStatistics([], seed), withoutConstitution: null }, heldOut: null },
  };
  const candidates = tested.principles.map(({ votes: _votes, selection: _selection, heldOutVotes: _heldOutVotes, heldOut: _heldOut, tested: _tested, critiqueTest: _critiqueTest, ...candidate }) => candidate);
  return { constitution, candidates: candidates.sort((left, right) => (left.id < right.id ? -1 : 1)), votes: [], failures: [], usage: tested.usage, warnings: [] };
}

function invert(pair: Preference): Preference {
  return pair.preferred === 'a' ? { ...pair, preferred: 'b' } : pair.preferred === 'b' ? { ...pair, preferred: 'a' } : pair;
}

function sumPlans(plans: readonly ConstitutionCallPlan[]): ConstitutionCallPlan {
  const calls = { propose: 0, embed: 0, vote: 0, voteHeldOut: 0, judgeWith: 0, judgeWithout: 0 };
  let selectionPairs = 0;
  let heldOutPairs = 0;
  for (const plan of plans) {
    selectionPairs += plan.selectionPairs;
    heldOutPairs += plan.heldOutPairs;
    for (const key of Object.keys(calls) as Array<keyof typeof calls>) calls[key] += plan.calls[key];
  }
  const total = Object.values(calls).reduce((sum, count) => sum + count, 0);
  const pairs = selectionPairs + heldOutPairs;
  return { selectionPairs, heldOutPairs, calls, total, callsPerPair: pairs === 0 ? 0 : total / pairs };
}

/** The cost line shown before any call. */
export function describePlan(plan: ConstitutionCallPlan, estimate: ConstitutionCostEstimate, engine: 'offline' | 'llm'): string {
  if (engine === 'offline') return `Offline engine (lexical contrastive): no model calls. ${plan.selectionPairs} selection and ${plan.heldOutPairs} held-out pairs.`;
  const { calls } = plan;
  const cost = estimate.costUsd === undefined ? 'cost unknown (no price for the model)' : `≈ $${estimate.costUsd.toFixed(4)}`;
  return `Planned model calls: propose ${calls.propose}, embed ${calls.embed}, vote ≤ ${calls.vote} + ${calls.voteHeldOut} held-out, judge ${calls.judgeWith} with + ${calls.judgeWithout} without the constitution; ${plan.total} in all (${plan.callsPerPair.toFixed(2)} per pair), ≈ ${estimate.inputTokens + estimate.outputTokens} tokens, ${cost}.`;
}
