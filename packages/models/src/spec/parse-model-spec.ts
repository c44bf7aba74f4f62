import { TenetsConfigError } from '@tenets/core';
import { modelProviderSchema, type ModelSpec } from './model-spec.ts';

export type SafeParseModelSpecResult = { success: true; value: ModelSpec } | { success: false; error: TenetsConfigError };

const specHint =
  'Write a model as <provider>:<model id>, e.g. openai:gpt-4.1-mini, openai:text-embedding-3-small, ollama:qwen2.5:7b, ' +
  'vllm:<model>, lmstudio:<model> or compatible:<model> together with --base-url.';

/**
 * Parses `provider:model-id`. Only the first colon separates, so `ollama:qwen2.5:7b` keeps its tag.
 * Provider names are case-insensitive; model ids are kept as written.
 */
export function safeParseModelSpec(text: string): SafeParseModelSpecResult {
  const trimmed = text.trim();
  const colon = trimmed.indexOf(':');
  if (colon <= 0) {
    return failure(`"${text}" is not a model spec: the provider prefix is missing.`);
  }
  const providerText = trimmed.slice(0, colon).toLowerCase();
  const modelId = trimmed.slice(colon + 1).trim();
  const provider = modelProviderSchema.safeParse(providerText);
  if (!provider.success) {
    return failure(`"${providerText}" in "${text}" is not a known provider (${modelProviderSchema.options.join(', ')}).`);
  }
  if (modelId.length === 0) {
    return failure(`"${text}" names no model after "${providerText}:".`);
  }
  return { success: true, value: { provider: provider.data, modelId } };
}

/** Like `safeParseModelSpec`, but throws `TenetsConfigError`. */
export function parseModelSpec(text: string): ModelSpec {
  const result = safeParseModelSpec(text);
  if (!result.success) throw result.error;
  return result.value;
}

function failure(message: string): SafeParseModelSpecResult {
  return { success: false, error: new TenetsConfigError({ message, hint: specHint }) };
}
