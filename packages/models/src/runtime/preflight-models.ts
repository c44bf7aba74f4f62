import type { ModelConfig } from '../config/model-config.ts';
import { withCallScope } from '../meter/call-scope.ts';
import type { UsageMeter } from '../meter/usage-meter.ts';
import { withTimeout } from '../middleware/with-timeout.ts';
import { resolvePrice } from '../pricing/resolve-price.ts';
import { createProviderEmbeddingModel, createProviderLanguageModel } from '../providers/create-provider-model.ts';
import { preflightError } from './preflight-error.ts';

/** Longest a preflight call may take. */
export const preflightTimeoutMs = 30_000;

/**
 * One tiny uncached call per configured model (a 1-word chat completion, an embedding of "ping"),
 * booked to the `preflight` stage. Any failure becomes a `TenetsConfigError` that says what to check.
 */
export async function preflightModels(config: ModelConfig, context: { meter: UsageMeter; fetch?: typeof globalThis.fetch; abortSignal?: AbortSignal }): Promise<void> {
  const timeoutMs = Math.min(config.limits.timeoutMs, preflightTimeoutMs);
  const fetchOption = context.fetch ? { fetch: context.fetch } : {};
  await withCallScope({ stage: 'preflight' }, async () => {
    if (config.language) {
      const model = config.language;
      const provider = createProviderLanguageModel(model, fetchOption);
      const reservation = context.meter.reserve({ spec: model.spec, price: resolvePrice(config.prices, model) }, { inputTokens: 10, outputTokens: 16 });
      try {
        const result = await withTimeout(timeoutMs, context.abortSignal, (signal) =>
          provider.doGenerate({ prompt: [{ role: 'user', content: [{ type: 'text', text: 'Reply with the word ok.' }] }], maxOutputTokens: 16, ...(signal ? { abortSignal: signal } : {}) }),
        );
        context.meter.recordSuccess(reservation, { inputTokens: result.usage.inputTokens.total ?? 0, outputTokens: result.usage.outputTokens.total ?? 0 });
      } catch (error) {
        context.meter.recordFailure(reservation);
        if (context.abortSignal?.aborted) throw error;
        throw preflightError('Language model', model, error);
      }
    }
    if (config.embedding) {
      const model = config.embedding;
      const provider = createProviderEmbeddingModel(model, fetchOption);
      const reservation = context.meter.reserve({ spec: model.spec, price: resolvePrice(config.prices, model) }, { inputTokens: 1, outputTokens: 0 });
      try {
        const result = await withTimeout(timeoutMs, context.abortSignal, (signal) => provider.doEmbed({ values: ['ping'], ...(signal ? { abortSignal: signal } : {}) }));
        context.meter.recordSuccess(reservation, { inputTokens: result.usage?.tokens ?? 1, outputTokens: 0 });
      } catch (error) {
        context.meter.recordFailure(reservation);
        if (context.abortSignal?.aborted) throw error;
        throw preflightError('Embedding model', model, error);
      }
    }
  });
}
