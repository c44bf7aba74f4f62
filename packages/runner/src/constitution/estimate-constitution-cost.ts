import type { ConstitutionCallPlan, Preference } from '@tenets/core';
import { costOf, estimateTokens, type ModelPrice } from '@tenets/models';

/** Fixed prompt overhead per call (instructions, labels, schema), measured on the prompts of `icai-*-v1`. */
const overheadTokens = { propose: 260, vote: 240, judge: 170 } as const;
/** Tokens per listed principle in a vote call (its line in the prompt, its entry in the reply). */
const tokensPerPrinciple = { prompt: 16, reply: 12 } as const;

export interface ConstitutionCostEstimate {
  /** Estimated tokens per stage (≈ 4 characters per token). */
  tokens: Record<'propose' | 'vote' | 'judge', { input: number; output: number }>;
  inputTokens: number;
  outputTokens: number;
  /** US dollars at `price`; undefined when no price is known (or the offline engine). */
  costUsd?: number;
}

/**
 * What the plan costs before any call: T (the pair's prompt and texts) is paid once per proposal, once per
 * vote chunk and once per judge call; votes add ~16 tokens per principle listed. An estimate, never billing.
 */
export function estimateConstitutionCost(pairs: readonly Preference[], plan: ConstitutionCallPlan, options: { perPair?: number; chunkSize?: number; price?: ModelPrice } = {}): ConstitutionCostEstimate {
  const { perPair = 3, chunkSize = 40, price } = options;
  const decisive = pairs.filter((pair) => pair.preferred === 'a' || pair.preferred === 'b');
  const meanPairTokens = decisive.length === 0 ? 0 : decisive.reduce((sum, pair) => sum + estimateTokens(`${pair.prompt ?? ''}${pair.textA}${pair.textB}`), 0) / decisive.length;
  const listed = Math.min(chunkSize, plan.selectionPairs * perPair);
  const voteCalls = plan.calls.vote + plan.calls.voteHeldOut;
  const judgeCalls = plan.calls.judgeWith + plan.calls.judgeWithout;
  const tokens = {
    propose: { input: Math.round(plan.calls.propose * (overheadTokens.propose + meanPairTokens)), output: plan.calls.propose * perPair * 14 },
    vote: { input: Math.round(voteCalls * (overheadTokens.vote + meanPairTokens + listed * tokensPerPrinciple.prompt)), output: voteCalls * listed * tokensPerPrinciple.reply },
    judge: { input: Math.round(judgeCalls * (overheadTokens.judge + meanPairTokens) + plan.calls.judgeWith * 5 * tokensPerPrinciple.prompt), output: judgeCalls * 8 },
  };
  const inputTokens = tokens.propose.input + tokens.vote.input + tokens.judge.input;
  const outputTokens = tokens.propose.output + tokens.vote.output + tokens.judge.output;
  return { tokens, inputTokens, outputTokens, ...(price && plan.total > 0 ? { costUsd: costOf(price, { inputTokens, outputTokens }) } : {}) };
}
