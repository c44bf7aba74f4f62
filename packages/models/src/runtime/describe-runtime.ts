import type { ModelConfig } from '../config/model-config.ts';
import { publicBaseUrl } from './public-base-url.ts';

export interface RuntimeDescription {
  /** Spec of the language model, e.g. `openai:gpt-4.1-mini`; absent for the offline engine. */
  language?: string;
  embedding?: string;
  /** Engine for the manifest: `llm` when a language model is configured. */
  engine: 'llm' | 'offline';
  /** One line for stderr and the manifest's `engineNote`. Never contains keys or URL credentials. */
  note: string;
}

export function describeRuntime(config: ModelConfig, batchMode: boolean): RuntimeDescription {
  const parts: string[] = [];
  if (config.language) {
    parts.push(`language model ${config.language.spec} at ${publicBaseUrl(config.language.baseURL)}${batchMode ? ' (Batch API)' : ''}`);
  } else {
    parts.push('offline engine (no language model configured)');
  }
  parts.push(config.embedding ? `embeddings ${config.embedding.spec} at ${publicBaseUrl(config.embedding.baseURL)}` : 'offline embeddings');
  if (config.language || config.embedding) parts.push(config.cache.enabled ? `cache ${config.cache.file}` : 'cache off');
  if (config.maxCostUsd !== undefined) parts.push(`budget $${config.maxCostUsd}`);
  return {
    ...(config.language ? { language: config.language.spec } : {}),
    ...(config.embedding ? { embedding: config.embedding.spec } : {}),
    engine: config.language ? 'llm' : 'offline',
    note: `${parts.join('; ')}.`,
  };
}
