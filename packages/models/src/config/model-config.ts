import type { PriceTable } from '../pricing/model-price.ts';
import type { ModelProvider } from '../spec/model-spec.ts';

/** One configured model, ready for a provider. Holds no secret: `apiKey` reads it when a request is made. */
export interface ResolvedModel {
  /** Canonical spec, e.g. `ollama:qwen2.5:7b`. */
  spec: string;
  provider: ModelProvider;
  modelId: string;
  /** Without a trailing slash, e.g. `http://localhost:11434/v1`. */
  baseURL: string;
  /** The environment variable the key comes from (for messages); `undefined` sends no Authorization header. */
  apiKeyEnv: string | undefined;
  /** Reads the key lazily. A function, so `JSON.stringify(config)` never contains a secret. */
  apiKey: () => string | undefined;
}

/** The fully resolved model-layer configuration: input of `createModelRuntime`. */
export interface ModelConfig {
  /** `null`: no language model configured, the offline engine runs. */
  language: ResolvedModel | null;
  /** `null`: no embedding model configured, offline embeddings run. */
  embedding: ResolvedModel | null;
  limits: {
    concurrency: number;
    requestsPerMinute: number | undefined;
    tokensPerMinute: number | undefined;
    timeoutMs: number;
    maxAttempts: number;
    retryBaseDelayMs: number;
    retryMaxDelayMs: number;
  };
  maxCostUsd: number | undefined;
  cache: { enabled: boolean; dir: string; file: string };
  promptVersion: string;
  batch: { enabled: boolean; pollIntervalMs: number; idleMs: number; maxRequests: number };
  /** Built-in prices merged with the configured overrides. */
  prices: PriceTable;
  /** Human-readable notes for stderr and the manifest, e.g. that the offline engine runs. */
  notes: string[];
}
