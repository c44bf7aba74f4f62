import type { LanguageModelMiddleware } from 'ai';
import { languageCacheKey } from '../cache/cache-key.ts';
import type { GenerationCache } from '../cache/generation-cache.ts';
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
 * complete (finish reason `stop`). Streams pass through uncached.
 */
export function languageCacheMiddleware(options: LanguageCacheMiddlewareOptions): LanguageModelMiddleware {
  return {
    specificationVersion: 'v4',
    async wrapGenerate({ doGenerate, params }) {
      const scopeVersion = currentCallScope().promptVersion;
      const promptVersion = scopeVersion ? `${options.promptVersion}/${scopeVersion}` : options.promptVersion;
      const key = languageCacheKey({ ...options.identity, promptVersion }, params);
      const hit = options.cache.get(key);
      if (hit) {
        options.meter.recordCached(options.model, languageTokens(hit.usage));
        return { ...hit, providerMetadata: { ...hit.providerMetadata, tenets: { cached: true, cacheKey: key } } };
      }
      const result = await doGenerate();
      options.cache.put(key, options.identity, result);
      return result;
    },
  };
}
