import type { ModelPrice } from './model-price.ts';

export interface CostInput {
  inputTokens: number;
  /** Part of `inputTokens` served from the provider's prompt cache. @default 0 */
  cachedInputTokens?: number;
  outputTokens: number;
}

/** Dollar cost of one call (or a sum of calls) at `price`, times `factor` (e.g. the batch discount). */
export function costOf(price: ModelPrice, tokens: CostInput, factor = 1): number {
  const cached = Math.min(tokens.cachedInputTokens ?? 0, tokens.inputTokens);
  const fresh = tokens.inputTokens - cached;
  const dollars = fresh * price.input + cached * (price.cachedInput ?? price.input) + tokens.outputTokens * (price.output ?? 0);
  return (dollars / 1_000_000) * factor;
}
