import { describe, expect, it } from 'vitest';
import { costOf } from './cost-of.ts';
import { defaultPrices } from './default-prices.ts';
import { estimateTokens, estimateValueTokens } from './estimate-tokens.ts';
import { findPrice } from './find-price.ts';

describe('findPrice', () => {
  it('matches exact ids and dated snapshots by the longest prefix', () => {
    expect(findPrice(defaultPrices, 'gpt-4.1')).toEqual({ input: 2, cachedInput: 0.5, output: 8 });
    expect(findPrice(defaultPrices, 'gpt-4.1-mini-2025-04-14')).toEqual({ input: 0.4, cachedInput: 0.1, output: 1.6 });
    expect(findPrice(defaultPrices, 'gpt-4.1-nano')).toEqual({ input: 0.1, cachedInput: 0.025, output: 0.4 });
  });

  it('returns undefined for unknown models and never matches without a dash boundary', () => {
    expect(findPrice(defaultPrices, 'qwen2.5:7b')).toBeUndefined();
    expect(findPrice({ 'gpt-4': { input: 30, output: 60 } }, 'gpt-4o')).toBeUndefined();
  });
});

describe('costOf', () => {
  it('prices fresh input, cached input and output per million tokens', () => {
    const price = { input: 0.4, cachedInput: 0.1, output: 1.6 };
    expect(costOf(price, { inputTokens: 1_000_000, outputTokens: 0 })).toBeCloseTo(0.4, 10);
    expect(costOf(price, { inputTokens: 1_000_000, cachedInputTokens: 500_000, outputTokens: 1_000_000 })).toBeCloseTo(0.2 + 0.05 + 1.6, 10);
    expect(costOf(price, { inputTokens: 2000, outputTokens: 500 }, 0.5)).toBeCloseTo((2000 * 0.4 + 500 * 1.6) / 2e6, 12);
  });

  it('charges embeddings for input only', () => {
    expect(costOf({ input: 0.02 }, { inputTokens: 50_000, outputTokens: 0 })).toBeCloseTo(0.001, 12);
  });
});

describe('estimateTokens', () => {
  it('counts about four characters per token', () => {
    expect(estimateTokens('')).toBe(0);
    expect(estimateTokens('abcd')).toBe(1);
    expect(estimateTokens('abcde')).toBe(2);
    expect(estimateValueTokens([{ role: 'user', content: 'hi' }])).toBe(Math.ceil('[{"role":"user","content":"hi"}]'.length / 4));
  });
});
