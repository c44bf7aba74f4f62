import type { EmbeddingModelV4Result } from '@ai-sdk/provider';
import type { EmbeddingModelMiddleware } from 'ai';
import { embeddingCacheKey } from '../cache/cache-key.ts';
import type { EmbeddingCache } from '../cache/embedding-cache.ts';
import { currentCallScope } from '../meter/call-scope.ts';
import type { MeteredModel, UsageMeter } from '../meter/usage-meter.ts';

export interface EmbeddingCacheMiddlewareOptions {
  cache: EmbeddingCache;
  meter: UsageMeter;
  model: MeteredModel;
  identity: { provider: string; modelId: string };
  promptVersion: string;
}

/**
 * Per-value embedding cache: only the values not seen before are sent, in one call, and the answer is
 * reassembled in input order. A call whose values are all cached makes no network call.
 */
export function embeddingCacheMiddleware(options: EmbeddingCacheMiddlewareOptions): EmbeddingModelMiddleware {
  return {
    specificationVersion: 'v4',
    async wrapEmbed({ params, model }) {
      const scopeVersion = currentCallScope().promptVersion;
      const promptVersion = scopeVersion ? `${options.promptVersion}/${scopeVersion}` : options.promptVersion;
      const { values, ...rest } = params;
      const keys = values.map((value) => embeddingCacheKey({ ...options.identity, promptVersion }, rest, value));
      const embeddings: Array<number[] | undefined> = keys.map((key) => options.cache.get(key)?.vector);
      const missing = [...new Set(values.filter((_, index) => embeddings[index] === undefined))];
      if (missing.length === 0) {
        const tokens = keys.reduce((sum, key) => sum + (options.cache.get(key)?.tokens ?? 0), 0);
        options.meter.recordCached(options.model, { inputTokens: Math.round(tokens), outputTokens: 0 });
        return { embeddings: embeddings as number[][], usage: { tokens: Math.round(tokens) }, providerMetadata: { tenets: { cached: true } }, warnings: [] };
      }
      const fresh: EmbeddingModelV4Result = await model.doEmbed({ ...params, values: missing });
      const totalLength = missing.reduce((sum, value) => sum + value.length, 0) || 1;
      const freshByValue = new Map(missing.map((value, index) => [value, fresh.embeddings[index]]));
      options.cache.putMany(
        options.identity,
        missing.flatMap((value, index) => {
          const vector = fresh.embeddings[index];
          const key = keys[values.indexOf(value)];
          return vector && key ? [{ key, vector, tokens: ((fresh.usage?.tokens ?? 0) * value.length) / totalLength }] : [];
        }),
      );
      return { ...fresh, embeddings: values.map((value, index) => embeddings[index] ?? freshByValue.get(value) ?? []) };
    },
  };
}
