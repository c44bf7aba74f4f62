import { isDecisivePreference, type Preference } from '../schemas/preference.ts';
import { maxPrinciplesPerVoteCall } from './vote/vote-principles-llm.ts';

export interface ConstitutionCallPlan {
  selectionPairs: number;
  heldOutPairs: number;
  /** Model calls per stage; voting is an upper bound (before de-duplication, C = pairs · perPair + extra). */
  calls: { propose: number; embed: number; vote: number; voteHeldOut: number; judgeWith: number; judgeWithout: number };
  total: number;
  /** Total calls per decisive pair. */
  callsPerPair: number;
}

export interface PlanConstitutionCallsOptions {
  pairs: readonly Preference[];
  /** @default 0.3 */
  heldOutFraction?: number;
  /** @default 3 */
  perPair?: number;
  /** @default 5 */
  size?: number;
  /** Candidates added from critique clusters. @default 0 */
  extraCandidates?: number;
  /** @default 40 */
  chunkSize?: number;
  /** Vote seeds S. @default 1 */
  voteSeeds?: number;
  /** false → the offline engine: no model calls at all. */
  model: boolean;
}

/** The calls `induceConstitution` will make, computed before any call (for `--dry-run` and the cost line). */
export function planConstitutionCalls(options: PlanConstitutionCallsOptions): ConstitutionCallPlan {
  const { heldOutFraction = 0.3, perPair = 3, size = 5, extraCandidates = 0, chunkSize = maxPrinciplesPerVoteCall, voteSeeds = 1 } = options;
  const decisive = options.pairs.filter(isDecisivePreference).length;
  const heldOutPairs = Math.round(decisive * heldOutFraction);
  const selectionPairs = decisive - heldOutPairs;
  const chunk = Math.min(chunkSize, maxPrinciplesPerVoteCall);
  const candidates = selectionPairs * perPair + extraCandidates;
  const calls = options.model
    ? {
        propose: selectionPairs,
        embed: candidates > 1 ? 1 : 0,
        vote: voteSeeds * selectionPairs * Math.ceil(candidates / chunk),
        voteHeldOut: voteSeeds * heldOutPairs * Math.ceil(Math.min(size, candidates) / chunk),
        judgeWith: heldOutPairs,
        judgeWithout: heldOutPairs,
      }
    : { propose: 0, embed: 0, vote: 0, voteHeldOut: 0, judgeWith: 0, judgeWithout: 0 };
  const total = Object.values(calls).reduce((sum, count) => sum + count, 0);
  return { selectionPairs, heldOutPairs, calls, total, callsPerPair: decisive === 0 ? 0 : total / decisive };
}
