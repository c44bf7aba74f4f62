import type { ModelProvider } from '../spec/model-spec.ts';
import { findPrice } from './find-price.ts';
import type { ModelPrice, PriceTable } from './model-price.ts';

const localProviders = new Set<ModelProvider>(['ollama', 'vllm', 'lmstudio']);

/**
 * The price of a configured model: the table entry (built-in or override) when there is one, zero for
 * local servers (Ollama, vLLM, LM Studio), else `undefined` (cost unknown).
 */
export function resolvePrice(prices: PriceTable, model: { provider: ModelProvider; modelId: string }): ModelPrice | undefined {
  return findPrice(prices, model.modelId) ?? (localProviders.has(model.provider) ? { input: 0, output: 0 } : undefined);
}
