import type { EmbeddingModel, LanguageModel } from 'ai';
import type { Clusterer } from '../cluster/clusterer.ts';
import { notify } from '../events/notify.ts';
import type { PipelineEventListener } from '../events/pipeline-event.ts';
import type { StageItemFailure } from '../llm/stage-item-failure.ts';
import type { Preference } from '../schemas/preference.ts';
import type { CandidatePrinciple, FilterThresholds, PrincipleVote, Reconstruction, TestedConstitution, TestedPrinciple } from '../schemas/principle.ts';
import { addUsage, emptyUsage, type TokenUsage } from '../schemas/usage.ts';
import { deduplicatePrinciples } from './deduplicate/deduplicate-principles.ts';
import { defaultFilterThresholds, filterPrinciples } from './filter/filter-principles.ts';
import { offlineConstitutionLimitations } from './offline-limitations.ts';
import { principlePrefix, type Proposal } from './propose/proposal.ts';
import { proposePrinciplesLlm } from './propose/propose-principles-llm.ts';
import { proposePrinciplesOffline } from './propose/propose-principles-offline.ts';
import { agreementStatistics, principleFigures, round6 } from './reconstruct/agreement-statistics.ts';
import { reconstructHeldOut } from './reconstruct/reconstruct-held-out.ts';
import { predictPair, setAgreement, type ChoiceMatrix } from './select/predict-pair.ts';
import { selectPrinciples, type SelectionMethod } from './select/select-principles.ts';
import { splitPairs } from './split/split-pairs.ts';
import { votePrinciplesLlm } from './vote/vote-principles-llm.ts';
import { votePrinciplesOffline } from './vote/vote-principles-offline.ts';
import { aggregateSeedVotes, type SeedAggregation } from './vote/aggregate-seed-votes.ts';
import { countVotes, emptyVoteCounts, type VoteChoice } from './vote/vote-value.ts';

export interface InduceConstitutionOptions {
  pairs: readonly Preference[];
  /** The proposer, voter and judge. Absent or null → the offline engine (lexical contrastive; says what it cannot do). */
  model?: LanguageModel | null;
  /** For de-duplication (with `clusterer`). Absent → exact duplicates only (the offline default: one stem per proposal). */
  embeddingModel?: EmbeddingModel | null;
  clusterer?: Clusterer;
  /** Principles drafted elsewhere (from critique clusters) that join the candidate pool with their provenance. */
  extraProposals?: readonly Proposal[];
  /** Constitution size n. @default 5 */
  size?: number;
  /** @default 'greedy' */
  selectionMethod?: SelectionMethod;
  /** Share of decisive pairs held out for reconstruction. @default 0.3 */
  heldOutFraction?: number;
  /** Principles proposed per pair (k). @default 3 */
  perPair?: number;
  /** Principles per vote call (≤ 40). @default 40 */
  chunkSize?: number;
  /** Vote seeds S (model path): each a full vote with its own flips and chunking, then aggregated. @default 1 */
  voteSeeds?: number;
  /** How several seeds' votes combine. @default 'unanimous' (the reference's) */
  seedAggregation?: SeedAggregation;
  thresholds?: FilterThresholds;
  /** @default 42 */
  seed?: number;
  /** @default 4 */
  concurrency?: number;
  abortSignal?: AbortSignal;
  onEvent?: PipelineEventListener;
  /** Clock for the stage durations in events (never in artefacts). @default Date.now */
  now?: () => number;
}

export interface InduceConstitutionResult {
  constitution: TestedConstitution;
  /** Every candidate after de-duplication, sorted by id. */
  candidates: CandidatePrinciple[];
  /** Every vote cast, sorted by split, pair id, principle id. */
  votes: PrincipleVote[];
  failures: StageItemFailure[];
  usage: TokenUsage;
  warnings: string[];
}

type Decisive = Preference & { preferred: 'a' | 'b' };

/**
 * Inverse Constitutional AI: propose principles from the selection split's pairs, de-duplicate, vote every
 * candidate on every selection pair, filter by the named thresholds, select a constitution jointly (greedy
 * reconstruction, no model calls) or by votes, then test it on the seeded held-out split.
 */
export async function induceConstitution(options: InduceConstitutionOptions): Promise<InduceConstitutionResult> {
  const { pairs, model, size = 5, selectionMethod = 'greedy', heldOutFraction = 0.3, perPair = 3, chunkSize, voteSeeds = 1, seedAggregation = 'unanimous', thresholds = defaultFilterThresholds, seed = 42, concurrency = 4, abortSignal, onEvent, now = Date.now } = options;
  const engine = model ? 'llm' : 'offline';
  const warnings: string[] = [];
  const failures: StageItemFailure[] = [];
  let usage = emptyUsage();
  const split = splitPairs({ pairs, heldOutFraction, seed });
  const selection = split.selection as Decisive[];
  const heldOut = split.heldOut as Decisive[];

  let started = now();
  await notify(onEvent, { type: 'stage-start', stage: 'propose', total: selection.length });
  let proposalFailures = 0;
  let proposals: Proposal[];
  if (model) {
    const proposed = await proposePrinciplesLlm({ pairs: selection, model, perPair, concurrency, abortSignal });
    proposals = proposed.proposals;
    failures.push(...proposed.failures);
    proposalFailures = proposed.failures.length;
    usage = addUsage(usage, proposed.usage);
    if (proposed.malformed > 0) warnings.push(`${proposed.malformed} proposed rule(s) did not start with "${principlePrefix}" or were too long; dropped.`);
  } else {
    proposals = proposePrinciplesOffline({ pairs: selection, perPair }).proposals;
  }
  for (const failure of failures) await notify(onEvent, { type: 'item-failed', stage: 'propose', itemId: failure.itemId, reason: failure.reason, message: failure.message });
  proposals.push(...(options.extraProposals ?? []));
  await notify(onEvent, { type: 'stage-end', stage: 'propose', durationMs: now() - started, counts: { proposals: proposals.length, failures: proposalFailures } });

  // Offline proposals name one stem each, so exact merging already joins "cat"/"cats"; lexical LSA vectors of
  // single words are too poor to cluster on. Embedding + clustering runs whenever an embedding model is given.
  started = now();
  const deduplicated = await deduplicatePrinciples({ proposals, engine, embeddingModel: options.embeddingModel ?? undefined, clusterer: options.clusterer, seed, abortSignal });
  usage = addUsage(usage, deduplicated.usage);
  const candidates = deduplicated.candidates;
  await notify(onEvent, { type: 'stage-end', stage: 'deduplicate', durationMs: now() - started, counts: { candidates: candidates.length } });

  const vote = async (principles: readonly CandidatePrinciple[], onPairs: Decisive[], splitName: PrincipleVote['split']) => {
    if (principles.length === 0 || onPairs.length === 0) return { votes: [] as PrincipleVote[], calls: 0, failedCalls: 0 };
    if (!model) return { votes: votePrinciplesOffline({ principles, pairs: onPairs, split: splitName, seed }), calls: 0, failedCalls: 0 };
    const runs = [];
    for (let index = 0; index < Math.max(1, voteSeeds); index++) {
      const result = await votePrinciplesLlm({ principles, pairs: onPairs, model, split: splitName, seed: seed + index, chunkSize, concurrency, abortSignal });
      usage = addUsage(usage, result.usage);
      runs.push(result);
    }
    const calls = runs.reduce((sum, result) => sum + result.calls, 0);
    const failedCalls = runs.reduce((sum, result) => sum + result.failedCalls, 0);
    if (runs.length === 1) return { votes: runs[0]!.votes, calls, failedCalls };
    const labels = new Map(onPairs.map((pair) => [pair.id, pair.preferred]));
    return { votes: aggregateSeedVotes(runs.map((result) => result.votes), labels, seedAggregation), calls, failedCalls };
  };
  started = now();
  await notify(onEvent, { type: 'stage-start', stage: 'vote', total: selection.length });
  const selectionVotes = await vote(candidates, selection, 'selection');
  const counts = countVotes(selectionVotes.votes);
  await notify(onEvent, { type: 'stage-end', stage: 'vote', durationMs: now() - started, counts: { votes: selectionVotes.votes.length, calls: selectionVotes.calls, failedCalls: selectionVotes.failedCalls } });

  const { kept } = filterPrinciples({ principles: candidates, counts, thresholds });
  const matrix = choiceMatrix(selectionVotes.votes);
  const chosen = selectPrinciples({ principleIds: kept.map((principle) => principle.id), counts, matrix, pairs: selection, size, method: selectionMethod });
  const byId = new Map(candidates.map((candidate) => [candidate.id, candidate]));
  const selected = chosen.selected.map((id) => byId.get(id)!);
  if (selected.length < size) warnings.push(`Only ${selected.length} principle(s) chosen of ${size} asked: ${kept.length} survived the filters${selectionMethod === 'greedy' ? ', and no other raised agreement on the selection split' : ''}.`);

  started = now();
  await notify(onEvent, { type: 'stage-start', stage: 'reconstruct', total: heldOut.length });
  const heldOutVotes = await vote(selected, heldOut, 'held-out');
  const heldOutCounts = countVotes(heldOutVotes.votes);
  const heldOutMatrix = choiceMatrix(heldOutVotes.votes);
  const ids = selected.map((principle) => principle.id);
  const selectionReconstruction: Reconstruction = {
    withConstitution: agreementStatistics(selection.map((pair) => ({ prediction: predictPair(ids, pair.id, matrix), preferred: pair.preferred })), seed),
    withoutConstitution: null,
  };
  const reconstructed = await reconstructHeldOut({ pairs: heldOut, principles: selected, matrix: heldOutMatrix, model, seed, concurrency, abortSignal });
  usage = addUsage(usage, reconstructed.usage);
  if (reconstructed.failedCalls > 0) warnings.push(`${reconstructed.failedCalls} judge call(s) failed; counted as undecided (half credit).`);
  const heldOutReconstruction = reconstructed.reconstruction;
  await notify(onEvent, { type: 'stage-end', stage: 'reconstruct', durationMs: now() - started, counts: { heldOut: heldOut.length } });

  const principles: TestedPrinciple[] = selected.map((principle) => {
    const votes = counts.get(principle.id) ?? emptyVoteCounts();
    const heldOutCount = heldOut.length > 0 ? (heldOutCounts.get(principle.id) ?? emptyVoteCounts()) : null;
    const others = ids.filter((id) => id !== principle.id);
    const leaveOneOut = {
      selection: round6(setAgreement(ids, selection, matrix) - setAgreement(others, selection, matrix)),
      heldOut: heldOut.length > 0 ? round6(setAgreement(ids, heldOut, heldOutMatrix) - setAgreement(others, heldOut, heldOutMatrix)) : null,
    };
    return { ...principle, votes, selection: principleFigures(votes), heldOutVotes: heldOutCount, heldOut: heldOutCount ? principleFigures(heldOutCount) : null, leaveOneOut, tested: 'pairs' };
  });
  const allVotes = [...selectionVotes.votes, ...heldOutVotes.votes];
  const constitution: TestedConstitution = {
    engine,
    limitations: engine === 'offline' ? [...offlineConstitutionLimitations] : [],
    selectionMethod,
    size,
    seed,
    pairs: {
      total: pairs.length,
      ties: split.ties.filter((pair) => pair.preferred === 'tie').length,
      bothBad: split.ties.filter((pair) => pair.preferred === 'both_bad').length,
      selection: selection.length,
      heldOut: heldOut.length,
    },
    thresholds,
    counts: {
      proposals: proposals.length,
      proposalFailures,
      candidates: candidates.length,
      survivedFilters: kept.length,
      voteCalls: selectionVotes.calls + heldOutVotes.calls,
      failedVoteCalls: selectionVotes.failedCalls + heldOutVotes.failedCalls,
      invalidVotes: allVotes.filter((entry) => entry.vote === 'invalid').length,
    },
    principles,
    reconstruction: { selection: selectionReconstruction, heldOut: heldOutReconstruction },
  };
  return { constitution, candidates, votes: allVotes, failures, usage, warnings };
}

function choiceMatrix(votes: readonly PrincipleVote[]): ChoiceMatrix {
  const matrix = new Map<string, Map<string, VoteChoice>>();
  for (const vote of votes) {
    const row = matrix.get(vote.principleId) ?? new Map<string, VoteChoice>();
    row.set(vote.pairId, vote.choice);
    matrix.set(vote.principleId, row);
  }
  return matrix;
}
