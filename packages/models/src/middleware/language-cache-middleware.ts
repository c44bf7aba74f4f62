import type { LanguageModelV4GenerateResult } from '@ai-sdk/provider';
import type { LanguageModelMiddleware } from 'ai';
import { languageCacheKey } from '../cache/cache-key.ts';
import { GenerationCache } from '../cache/generation-cache.ts';
import { currentCallScope } from '../meter/call-scope.ts';
import type { MeteredModel, UsageMeter } from '../meter/usage-meter.ts';
import { languageTokens } from './language-usage.ts';

export interface LanguageCacheMiddlewareOptions {
  cache: GenerationCache;
  meter: UsageMeter;
  model: MeteredModel;
  /** Stable identity for keys: the spec's provider and model id (shared by interactive and batch mode). */
  identity: { provider: string; modelId: string };
  /** Configured prompt version; the call scope's is appended. */
  promptVersion: string;
}

/**
 * Content-addressed reply cache. A hit returns the stored reply without calling the model and marks it
 * with `providerMetadata.tenets.cached = true`; a miss calls through and stores the reply when it is
 * complete (finish reason `stop`). A call identical to one in flight waits for it instead of going out
 * twice. Streams pass through uncached.
 */
export function languageCacheMiddleware(options: LanguageCacheMiddlewareOptions): LanguageModelMiddleware {
  // Identical calls in flight at the same time (duplicate critiques) share one network call.
  const inFlight = new Map<string, Promise<LanguageModelV4GenerateResult>>();
  const answerFromCache = (key: string, result: LanguageModelV4GenerateResult): LanguageModelV4GenerateResult => {
    options.meter.recordCached(options.model, languageTokens(result.usage));
    return { ...result, providerMetadata: { ...result.providerMetadata, tenets: { cached: true, cacheKey: key } } };
  };
  return {
    specificationVersion: 'v4',
    async wrapGenerate({ doGenerate, params }) {
      const scopeVersion = currentCallScope().promptVersion;
      const promptVersion = scopeVersion ? `${options.promptVersion}/${scopeVersion}` : options.promptVersion;
      const key = languageCacheKey({ ...options.identity, promptVersion }, params);
      const hit = options.cache.get(key);
      if (hit) return answerFromCache(key, hit);
      const pending = inFlight.get(key);
      if (pending) {
        const shared = await pending.catch(() => undefined);
        if (shared && GenerationCache.isCacheable(shared)) return answerFromCache(key, shared);
      }
      const call = Promise.resolve(doGenerate());
      inFlight.set(key, call);
      try {
        const result = await call;
        options.cache.put(key, options.identity, result);
        return result;
      } finally {
        if (inFlight.get(key) === call) inFlight.delete(key);
      }
    },
  };
}
