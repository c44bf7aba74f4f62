import type { ModelConfig } from '../config/model-config.ts';
import { emitModelEvent, type ModelEventListener } from '../events/model-event.ts';
import { retryWithBackoff, type RetryPolicy } from '../limits/retry-with-backoff.ts';
import type { Sleep } from '../limits/sleep.ts';
import { withCallScope } from '../meter/call-scope.ts';
import type { CallTokens, MeteredModel, UsageMeter } from '../meter/usage-meter.ts';
import { withTimeout } from '../middleware/with-timeout.ts';
import { resolvePrice } from '../pricing/resolve-price.ts';
import { createProviderEmbeddingModel, createProviderLanguageModel } from '../providers/create-provider-model.ts';
import { preflightError } from './preflight-error.ts';

/** Longest a preflight call may take, per attempt. */
export const preflightTimeoutMs = 30_000;

export interface PreflightContext {
  meter: UsageMeter;
  fetch?: typeof globalThis.fetch;
  abortSignal?: AbortSignal;
  /** Jitter source for backoff. @default Math.random */
  random?: () => number;
  sleep?: Sleep;
  /** Receives a `model-retry` event before each retry. */
  onEvent?: ModelEventListener;
}

/**
 * One tiny uncached call per configured model (a 1-word chat completion, an embedding of "ping"), booked to
 * the `preflight` stage. Each call is retried like any other (408/409/429/5xx, timeouts, connection errors;
 * `maxAttempts` with backoff and Retry-After), so one HTTP 500 does not stop a run; the retries are counted
 * in the meter. A failure after all attempts becomes a `TenetsConfigError` that says what to check.
 */
export async function preflightModels(config: ModelConfig, context: PreflightContext): Promise<void> {
  const timeoutMs = Math.min(config.limits.timeoutMs, preflightTimeoutMs);
  const fetchOption = context.fetch ? { fetch: context.fetch } : {};
  const policy: RetryPolicy = { maxAttempts: config.limits.maxAttempts, baseDelayMs: config.limits.retryBaseDelayMs, maxDelayMs: config.limits.retryMaxDelayMs };
  await withCallScope({ stage: 'preflight' }, async () => {
    if (config.language) {
      const model = config.language;
      const provider = createProviderLanguageModel(model, fetchOption);
      await preflightCall(context, policy, { spec: model.spec, price: resolvePrice(config.prices, model) }, { inputTokens: 10, outputTokens: 16 }, async () => {
        const result = await withTimeout(timeoutMs, context.abortSignal, (signal) =>
          provider.doGenerate({ prompt: [{ role: 'user', content: [{ type: 'text', text: 'Reply with the word ok.' }] }], maxOutputTokens: 16, ...(signal ? { abortSignal: signal } : {}) }),
        );
        return { inputTokens: result.usage.inputTokens.total ?? 0, outputTokens: result.usage.outputTokens.total ?? 0 };
      }).catch((error: unknown) => {
        throw context.abortSignal?.aborted ? error : preflightError('Language model', model, error);
      });
    }
    if (config.embedding) {
      const model = config.embedding;
      const provider = createProviderEmbeddingModel(model, fetchOption);
      await preflightCall(context, policy, { spec: model.spec, price: resolvePrice(config.prices, model) }, { inputTokens: 1, outputTokens: 0 }, async () => {
        const result = await withTimeout(timeoutMs, context.abortSignal, (signal) => provider.doEmbed({ values: ['ping'], ...(signal ? { abortSignal: signal } : {}) }));
        return { inputTokens: result.usage?.tokens ?? 1, outputTokens: 0 };
      }).catch((error: unknown) => {
        throw context.abortSignal?.aborted ? error : preflightError('Embedding model', model, error);
      });
    }
  });
}

/** One metered preflight call with retries: booked once, with the number of retries it took. */
async function preflightCall(context: PreflightContext, policy: RetryPolicy, model: MeteredModel, estimate: CallTokens, attempt: () => Promise<CallTokens>): Promise<void> {
  const reservation = context.meter.reserve(model, estimate);
  let retries = 0;
  try {
    const tokens = await retryWithBackoff(attempt, {
      policy,
      ...(context.abortSignal ? { signal: context.abortSignal } : {}),
      ...(context.random ? { random: context.random } : {}),
      ...(context.sleep ? { sleep: context.sleep } : {}),
      onRetry: (event) => {
        retries += 1;
        emitModelEvent(context.onEvent, {
          type: 'model-retry',
          stage: 'preflight',
          model: model.spec,
          attempt: event.attempt,
          delayMs: event.delayMs,
          reason: event.errorClass.kind,
          message: event.error instanceof Error ? event.error.message.slice(0, 300) : String(event.error).slice(0, 300),
        });
      },
    });
    context.meter.recordSuccess(reservation, tokens, retries);
  } catch (error) {
    if (context.abortSignal?.aborted) context.meter.cancel(reservation);
    else context.meter.recordFailure(reservation, retries);
    throw error;
  }
}
