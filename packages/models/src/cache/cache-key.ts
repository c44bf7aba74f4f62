import { createHash } from 'node:crypto';
import type { EmbeddingModelV4CallOptions, LanguageModelV4CallOptions } from '@ai-sdk/provider';
import { canonicalJson } from './canonical-json.ts';

/** Bump when the stored format or the key recipe changes; old entries are then simply not found. */
export const cacheFormatVersion = 1;

export interface CacheKeyContext {
  provider: string;
  modelId: string;
  /** Configured prompt version plus the call scope's, e.g. `1/ground-v2`. */
  promptVersion: string;
}

/**
 * sha256 over everything that shapes a reply: provider, model, prompt version, messages, response
 * format (with its JSON schema), sampling settings, tools and provider options. Not part of the key:
 * the abort signal, HTTP headers (where secrets live) and the raw-chunk flag.
 */
export function languageCacheKey(context: CacheKeyContext, params: LanguageModelV4CallOptions): string {
  const { abortSignal: _abortSignal, headers: _headers, includeRawChunks: _includeRawChunks, ...callOptions } = params;
  return sha256(canonicalJson({ version: cacheFormatVersion, kind: 'generate', ...context, callOptions }));
}

/** One key per embedded value, so a value embedded once is never embedded again, in any batch. */
export function embeddingCacheKey(context: CacheKeyContext, params: Omit<EmbeddingModelV4CallOptions, 'values'>, value: string): string {
  const { abortSignal: _abortSignal, headers: _headers, ...callOptions } = params;
  return sha256(canonicalJson({ version: cacheFormatVersion, kind: 'embed', ...context, callOptions, value }));
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
