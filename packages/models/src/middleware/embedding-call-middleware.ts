import type { EmbeddingModelMiddleware } from 'ai';
import { estimateTokens } from '../pricing/estimate-tokens.ts';
import { runControlledCall, type CallControls } from './run-controlled-call.ts';

/** Budget, limits, timeout, retries and metering around every network call of an embedding model. */
export function embeddingCallMiddleware(controls: CallControls): EmbeddingModelMiddleware {
  return {
    specificationVersion: 'v4',
    async wrapEmbed({ params, model }) {
      const estimate = { inputTokens: params.values.reduce((sum, value) => sum + estimateTokens(value), 0), outputTokens: 0 };
      return await runControlledCall(controls, {
        estimate,
        signal: params.abortSignal,
        run: (signal) => model.doEmbed({ ...params, abortSignal: signal }),
        tokensOf: (result) => ({ inputTokens: result.usage?.tokens ?? estimate.inputTokens, outputTokens: 0 }),
      });
    },
  };
}
