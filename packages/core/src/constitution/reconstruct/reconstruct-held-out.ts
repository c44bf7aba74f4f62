import type { LanguageModel } from 'ai';
import type { Preference } from '../../schemas/preference.ts';
import type { Reconstruction } from '../../schemas/principle.ts';
import { addUsage, emptyUsage, type TokenUsage } from '../../schemas/usage.ts';
import { predictPair, type ChoiceMatrix } from '../select/predict-pair.ts';
import { agreementStatistics } from './agreement-statistics.ts';
import { judgePairsLlm } from './judge-pairs-llm.ts';

export interface ReconstructHeldOutOptions {
  /** Held-out decisive pairs (never used for proposal, voting or selection). */
  pairs: ReadonlyArray<Preference & { preferred: 'a' | 'b' }>;
  principles: ReadonlyArray<{ id: string; text: string }>;
  /** The chosen principles' votes on these pairs (offline prediction: their net vote). */
  matrix: ChoiceMatrix;
  /** The annotator. Absent → net vote of the principles, and no "without" figure (the offline engine has no judge). */
  model?: LanguageModel | null;
  seed: number;
  concurrency?: number;
  abortSignal?: AbortSignal;
}

/**
 * Reconstruction on the held-out split: a model annotator predicts each pair with the constitution and
 * without it (one call each); offline, the constitution's net vote predicts. Agreement, κ and bootstrap CIs
 * for both; failed judge calls are undecided (half credit) and counted.
 */
export async function reconstructHeldOut(options: ReconstructHeldOutOptions): Promise<{ reconstruction: Reconstruction | null; failedCalls: number; usage: TokenUsage }> {
  const { pairs, principles, matrix, model, seed, concurrency, abortSignal } = options;
  if (pairs.length === 0) return { reconstruction: null, failedCalls: 0, usage: emptyUsage() };
  if (!model) {
    const ids = principles.map((principle) => principle.id);
    return {
      reconstruction: { withConstitution: agreementStatistics(pairs.map((pair) => ({ prediction: predictPair(ids, pair.id, matrix), preferred: pair.preferred })), seed), withoutConstitution: null },
      failedCalls: 0,
      usage: emptyUsage(),
    };
  }
  const withJudge = await judgePairsLlm({ pairs, model, principles: principles.map((principle) => principle.text), seed, concurrency, abortSignal });
  const withoutJudge = await judgePairsLlm({ pairs, model, seed, concurrency, abortSignal });
  const outcomes = (predictions: readonly ('a' | 'b' | 'undecided')[]) => pairs.map((pair, index) => ({ prediction: predictions[index]!, preferred: pair.preferred }));
  return {
    reconstruction: { withConstitution: agreementStatistics(outcomes(withJudge.predictions), seed), withoutConstitution: agreementStatistics(outcomes(withoutJudge.predictions), seed) },
    failedCalls: withJudge.failedCalls + withoutJudge.failedCalls,
    usage: addUsage(withJudge.usage, withoutJudge.usage),
  };
}
