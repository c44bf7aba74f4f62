import type { EmbeddingModelV4, LanguageModelV4 } from '@ai-sdk/provider';
import { createOpenAI } from '@ai-sdk/openai';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { TenetsConfigError } from '@tenets/core';
import type { ResolvedModel } from '../config/model-config.ts';

export interface ProviderModelOptions {
  /** Replaces the global fetch (tests, the batch queue). */
  fetch?: typeof globalThis.fetch;
}

/**
 * The raw AI SDK model for a configured spec, without cache or limits.
 *
 * `openai:` uses `@ai-sdk/openai` with the **Chat Completions** API (`.chat(id)`), also against
 * api.openai.com: the same wire format as every compatible server and as the Batch API, so one cache
 * key, one loopback test server and one batch path cover all providers. Everything else uses
 * `@ai-sdk/openai-compatible` with strict JSON-schema structured outputs and usage in streams.
 */
export function createProviderLanguageModel(model: ResolvedModel, options: ProviderModelOptions = {}): LanguageModelV4 {
  if (model.provider === 'openai') return openAIProvider(model, options).chat(model.modelId);
  return compatibleProvider(model, options).chatModel(model.modelId);
}

export function createProviderEmbeddingModel(model: ResolvedModel, options: ProviderModelOptions = {}): EmbeddingModelV4 {
  if (model.provider === 'openai') return openAIProvider(model, options).embedding(model.modelId);
  return compatibleProvider(model, options).embeddingModel(model.modelId);
}

function openAIProvider(model: ResolvedModel, options: ProviderModelOptions) {
  return createOpenAI({
    baseURL: model.baseURL,
    // Read at request time, and never from process.env behind our back.
    apiKey: () => {
      const key = model.apiKey();
      if (key === undefined) {
        throw new TenetsConfigError({
          message: `${model.apiKeyEnv ?? 'OPENAI_API_KEY'} is not set, and ${model.spec} needs an API key.`,
          hint: `Set ${model.apiKeyEnv ?? 'OPENAI_API_KEY'}, or use a local model such as ollama:qwen2.5:7b.`,
        });
      }
      return key;
    },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}

function compatibleProvider(model: ResolvedModel, options: ProviderModelOptions) {
  return createOpenAICompatible({
    name: model.provider,
    baseURL: model.baseURL,
    apiKey: () => model.apiKey() ?? '',
    supportsStructuredOutputs: true,
    includeUsage: true,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}
