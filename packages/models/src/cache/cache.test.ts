import type { LanguageModelV4CallOptions, LanguageModelV4GenerateResult } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { embeddingCacheKey, languageCacheKey } from './cache-key.ts';
import { canonicalJson } from './canonical-json.ts';
import { EmbeddingCache } from './embedding-cache.ts';
import { GenerationCache } from './generation-cache.ts';
import { openModelStore } from './model-store.ts';

const context = { provider: 'openai', modelId: 'gpt-4.1-mini', promptVersion: '1' };
const params: LanguageModelV4CallOptions = {
  prompt: [{ role: 'user', content: [{ type: 'text', text: 'hello' }] }],
  temperature: 0,
  responseFormat: { type: 'json', schema: { type: 'object', properties: { a: { type: 'string' } } }, name: 'answer' },
};

function reply(finish: 'stop' | 'length', text = '{"a":"x"}'): LanguageModelV4GenerateResult {
  return {
    content: [{ type: 'text', text }],
    finishReason: { unified: finish, raw: finish },
    usage: { inputTokens: { total: 10, noCache: 10, cacheRead: 0, cacheWrite: undefined }, outputTokens: { total: 5, text: 5, reasoning: undefined }, raw: { prompt_tokens: 10 } },
    response: { id: 'chatcmpl-1', modelId: 'gpt-4.1-mini', timestamp: new Date(0), headers: { 'set-cookie': 'session=1' }, body: { secret: true } },
    request: { body: { authorization: 'nope' } },
    warnings: [],
  };
}

describe('canonicalJson', () => {
  it('sorts keys, drops undefined and encodes bytes', () => {
    expect(canonicalJson({ b: 1, a: { d: undefined, c: [1, undefined] }, bytes: new Uint8Array([1, 2]), when: new Date(0) })).toBe(
      '{"a":{"c":[1,null]},"b":1,"bytes":{"$bytes":"AQI="},"when":"1970-01-01T00:00:00.000Z"}',
    );
  });
});

describe('cache keys', () => {
  it('ignore headers and the abort signal but change with anything that shapes the reply', () => {
    const base = languageCacheKey(context, params);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(languageCacheKey(context, { ...params, headers: { Authorization: 'Bearer sk-1' }, abortSignal: new AbortController().signal })).toBe(base);
    expect(languageCacheKey(context, { ...params, temperature: 0.7 })).not.toBe(base);
    expect(languageCacheKey(context, { ...params, maxOutputTokens: 100 })).not.toBe(base);
    expect(languageCacheKey(context, { ...params, responseFormat: { type: 'json', schema: { type: 'object' }, name: 'answer' } })).not.toBe(base);
    expect(languageCacheKey({ ...context, promptVersion: '2' }, params)).not.toBe(base);
    expect(languageCacheKey({ ...context, modelId: 'gpt-4.1' }, params)).not.toBe(base);
    expect(embeddingCacheKey(context, {}, 'a')).not.toBe(embeddingCacheKey(context, {}, 'b'));
    expect(embeddingCacheKey(context, { dimensions: 8 }, 'a')).not.toBe(embeddingCacheKey(context, {}, 'a'));
  });
});

describe('GenerationCache', () => {
  it('round-trips complete replies without request, headers or body', () => {
    const cache = new GenerationCache(openModelStore(':memory:'));
    expect(cache.put('k', context, reply('stop'))).toBe(true);
    expect(cache.get('k')).toEqual({
      content: [{ type: 'text', text: '{"a":"x"}' }],
      finishReason: { unified: 'stop', raw: 'stop' },
      usage: { inputTokens: { total: 10, noCache: 10, cacheRead: 0 }, outputTokens: { total: 5, text: 5 } },
      response: { id: 'chatcmpl-1', modelId: 'gpt-4.1-mini', timestamp: new Date(0) },
      warnings: [],
    });
    expect(cache.get('missing')).toBeUndefined();
  });

  it('refuses truncated replies', () => {
    const cache = new GenerationCache(openModelStore(':memory:'));
    expect(cache.put('k', context, reply('length'))).toBe(false);
    expect(cache.get('k')).toBeUndefined();
  });
});

describe('EmbeddingCache', () => {
  it('stores vectors exactly', () => {
    const cache = new EmbeddingCache(openModelStore(':memory:'));
    const vector = [0.1, -0.2, 1 / 3, Math.PI];
    cache.putMany(context, [{ key: 'a', vector, tokens: 1.5 }]);
    expect(cache.get('a')).toEqual({ vector, tokens: 1.5 });
  });
});
