import type { ModelPrice, PriceTable } from './model-price.ts';

/**
 * The price for a model id: an exact entry, else the longest entry that is a prefix of the id followed by
 * `-` (so `gpt-4.1-mini-2025-04-14` finds `gpt-4.1-mini`, never `gpt-4.1`). `undefined` when unknown.
 */
export function findPrice(prices: PriceTable, modelId: string): ModelPrice | undefined {
  if (Object.hasOwn(prices, modelId)) return prices[modelId];
  let best: string | undefined;
  for (const key of Object.keys(prices)) {
    if (modelId.startsWith(`${key}-`) && (best === undefined || key.length > best.length)) best = key;
  }
  return best === undefined ? undefined : prices[best];
}
