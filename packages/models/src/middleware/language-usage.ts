import type { LanguageModelV4CallOptions, LanguageModelV4Usage } from '@ai-sdk/provider';
import { estimateValueTokens } from '../pricing/estimate-tokens.ts';
import type { CallTokens } from '../meter/usage-meter.ts';

/** Billed tokens of a V4 reply. */
export function languageTokens(usage: LanguageModelV4Usage): CallTokens {
  return { inputTokens: usage.inputTokens.total ?? 0, cachedInputTokens: usage.inputTokens.cacheRead ?? 0, outputTokens: usage.outputTokens.total ?? 0 };
}

/** Output tokens assumed for budget checks when the call sets no `maxOutputTokens` and nothing was observed yet. */
export const defaultOutputEstimate = 512;

/** Prompt tokens from the messages and the response schema; output tokens from the cap or experience. */
export function estimateLanguageCall(params: LanguageModelV4CallOptions, observedOutputTokens: number | undefined): CallTokens {
  const schema = params.responseFormat?.type === 'json' ? params.responseFormat.schema : undefined;
  return {
    inputTokens: estimateValueTokens(params.prompt) + (schema ? estimateValueTokens(schema) : 0),
    outputTokens: params.maxOutputTokens ?? observedOutputTokens ?? defaultOutputEstimate,
  };
}
