import type { DatabaseSync } from 'node:sqlite';
import type { EmbeddingModelV4, LanguageModelV4 } from '@ai-sdk/provider';
import type { StageName } from '@tenets/core';
import { wrapEmbeddingModel, wrapLanguageModel } from 'ai';
import { BatchJournal } from '../batch/batch-journal.ts';
import { BatchQueue } from '../batch/batch-queue.ts';
import { createOpenAIBatchClient } from '../batch/openai-batch-client.ts';
import { EmbeddingCache } from '../cache/embedding-cache.ts';
import { GenerationCache } from '../cache/generation-cache.ts';
import { openModelStore } from '../cache/model-store.ts';
import type { ModelConfig, ResolvedModel } from '../config/model-config.ts';
import type { ModelEventListener } from '../events/model-event.ts';
import { CallLimiter } from '../limits/call-limiter.ts';
import type { Sleep } from '../limits/sleep.ts';
import { UsageMeter, type MeterCallRecord, type MeteredModel } from '../meter/usage-meter.ts';
import { embeddingCacheMiddleware } from '../middleware/embedding-cache-middleware.ts';
import { embeddingCallMiddleware } from '../middleware/embedding-call-middleware.ts';
import { languageCacheMiddleware } from '../middleware/language-cache-middleware.ts';
import { languageCallMiddleware } from '../middleware/language-call-middleware.ts';
import type { CallControls } from '../middleware/run-controlled-call.ts';
import { batchDiscount } from '../pricing/default-prices.ts';
import { resolvePrice } from '../pricing/resolve-price.ts';
import { createProviderEmbeddingModel, createProviderLanguageModel } from '../providers/create-provider-model.ts';
import { describeRuntime, type RuntimeDescription } from './describe-runtime.ts';
import { preflightModels } from './preflight-models.ts';

export interface ModelRuntimeOptions {
  /** Replaces global fetch for every provider call (tests). */
  fetch?: typeof globalThis.fetch;
  /** Retries, batch progress. */
  onEvent?: ModelEventListener;
  /** Every finished call, for live cost display. */
  onCall?: (record: MeterCallRecord) => void;
  /** Jitter source for backoff. @default Math.random */
  random?: () => number;
  sleep?: Sleep;
}

export interface ModelRuntime {
  /** The configured language model with cache, limits, retries and metering; `null` = offline engine. */
  languageModel: LanguageModelV4 | null;
  /** The configured embedding model, same treatment; `null` = offline embeddings. */
  embeddingModel: EmbeddingModelV4 | null;
  meter: UsageMeter;
  /**
   * How many calls a stage should start at once: the concurrency limit, or all of them in batch mode
   * (the batch queue collects whatever is in flight into one batch).
   */
  stageConcurrency: number;
  /** Books the model calls made inside `work` to `stage`. Same as `meter.withStage`. */
  withStage<RESULT>(stage: StageName, work: () => RESULT): RESULT;
  describe(): RuntimeDescription;
  /** One cheap uncached call per model, retried like any call; throws `TenetsConfigError` saying what to check. */
  preflight(options?: { abortSignal?: AbortSignal }): Promise<void>;
  /** Closes the cache file and stops batch polling. */
  close(): Promise<void>;
}

/**
 * Builds the models a run uses from a resolved config. Middleware order (outermost first):
 * cache → budget/limits/retries/timeout/meter → provider. A cache hit therefore costs nothing and
 * never waits for a rate-limit slot.
 */
export function createModelRuntime(config: ModelConfig, options: ModelRuntimeOptions = {}): ModelRuntime {
  const meter = new UsageMeter({ maxCostUsd: config.maxCostUsd, onCall: options.onCall });
  const batchMode = config.batch.enabled && config.language !== null;
  const needsStore = (config.cache.enabled || batchMode) && (config.language !== null || config.embedding !== null);
  const database: DatabaseSync | undefined = needsStore ? openModelStore(config.cache.file) : undefined;
  const generationCache = database && config.cache.enabled ? new GenerationCache(database) : undefined;
  const embeddingCache = database && config.cache.enabled ? new EmbeddingCache(database) : undefined;
  const retry = { maxAttempts: config.limits.maxAttempts, baseDelayMs: config.limits.retryBaseDelayMs, maxDelayMs: config.limits.retryMaxDelayMs };
  const controls = (model: MeteredModel, limited: boolean): CallControls => ({
    meter,
    model,
    retry: limited ? retry : { ...retry, maxAttempts: 1 },
    ...(limited
      ? {
          limiter: new CallLimiter({ concurrency: config.limits.concurrency, requestsPerMinute: config.limits.requestsPerMinute, tokensPerMinute: config.limits.tokensPerMinute }),
          timeoutMs: config.limits.timeoutMs,
        }
      : {}),
    ...(options.random ? { random: options.random } : {}),
    ...(options.sleep ? { sleep: options.sleep } : {}),
    ...(options.onEvent ? { onEvent: options.onEvent } : {}),
  });
  const metered = (model: ResolvedModel, costFactor = 1): MeteredModel => ({ spec: model.spec, price: resolvePrice(config.prices, model), costFactor });
  const identity = (model: ResolvedModel) => ({ provider: model.provider, modelId: model.modelId });

  let batchQueue: BatchQueue | undefined;
  let languageModel: LanguageModelV4 | null = null;
  if (config.language) {
    const model = config.language;
    const meteredModel = metered(model, batchMode ? batchDiscount : 1);
    if (batchMode && database) {
      batchQueue = new BatchQueue({
        client: createOpenAIBatchClient({ baseURL: model.baseURL, apiKey: model.apiKey, ...(options.fetch ? { fetch: options.fetch } : {}) }),
        journal: new BatchJournal(database),
        baseURL: model.baseURL,
        idleMs: config.batch.idleMs,
        maxRequests: config.batch.maxRequests,
        pollIntervalMs: config.batch.pollIntervalMs,
        ...(options.fetch ? { fetch: options.fetch } : {}),
        ...(options.onEvent ? { onEvent: options.onEvent } : {}),
        ...(options.sleep ? { sleep: options.sleep } : {}),
      });
    }
    // In batch mode the provider must be @ai-sdk/openai: its chat requests are exactly Batch API lines.
    const provider = batchQueue
      ? createProviderLanguageModel({ ...model, provider: 'openai', apiKey: () => model.apiKey() ?? 'no-key' }, { fetch: batchQueue.fetch })
      : createProviderLanguageModel(model, options.fetch ? { fetch: options.fetch } : {});
    languageModel = wrapLanguageModel({
      model: provider,
      middleware: [
        ...(generationCache ? [languageCacheMiddleware({ cache: generationCache, meter, model: meteredModel, identity: identity(model), promptVersion: config.promptVersion })] : []),
        languageCallMiddleware(controls(meteredModel, !batchQueue)),
      ],
    });
  }

  let embeddingModel: EmbeddingModelV4 | null = null;
  if (config.embedding) {
    const model = config.embedding;
    const meteredModel = metered(model);
    embeddingModel = wrapEmbeddingModel({
      model: createProviderEmbeddingModel(model, options.fetch ? { fetch: options.fetch } : {}),
      middleware: [
        ...(embeddingCache ? [embeddingCacheMiddleware({ cache: embeddingCache, meter, model: meteredModel, identity: identity(model), promptVersion: config.promptVersion })] : []),
        embeddingCallMiddleware(controls(meteredModel, true)),
      ],
    });
  }

  let closed = false;
  return {
    languageModel,
    embeddingModel,
    meter,
    stageConcurrency: batchQueue ? config.batch.maxRequests : config.limits.concurrency,
    withStage: (stage, work) => meter.withStage(stage, work),
    describe: () => describeRuntime(config, batchQueue !== undefined),
    preflight: (preflightOptions = {}) =>
      preflightModels(config, {
        meter,
        ...(options.fetch ? { fetch: options.fetch } : {}),
        ...(preflightOptions.abortSignal ? { abortSignal: preflightOptions.abortSignal } : {}),
        ...(options.random ? { random: options.random } : {}),
        ...(options.sleep ? { sleep: options.sleep } : {}),
        ...(options.onEvent ? { onEvent: options.onEvent } : {}),
      }),
    close: async () => {
      if (closed) return;
      closed = true;
      batchQueue?.close();
      database?.close();
    },
  };
}
