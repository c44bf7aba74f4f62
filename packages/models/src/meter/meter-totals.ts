import { emptyUsage, type TokenUsage } from '@tenets/core';

/**
 * Usage of one stage or of the whole run. `calls` counts every model call a stage made: answered from
 * the cache (`cachedCalls`), or sent over the network (`networkCalls`, of which `failedCalls` threw after
 * all attempts). Tokens and cost are those billed, i.e. network calls only; `cachedTokens` were saved.
 * `costUsd` is absent when a model without a known price was called.
 */
export interface MeterTotals extends TokenUsage {
  networkCalls: number;
  retries: number;
  cachedTokens: number;
}

export function emptyMeterTotals(): MeterTotals {
  return { ...emptyUsage(), costUsd: 0, networkCalls: 0, retries: 0, cachedTokens: 0 };
}

/** Just the manifest fields (`TokenUsage`). */
export function toTokenUsageOnly(totals: MeterTotals): TokenUsage {
  // Network calls and retries go into the manifest too (what reached the provider, how often it was retried).
  const { cachedTokens: _cachedTokens, ...usage } = totals;
  return usage;
}
