import { z } from 'zod';

/** Where a model is served. Everything except `openai` speaks the OpenAI-compatible chat/embeddings API. */
export const modelProviderSchema = z.enum(['openai', 'ollama', 'vllm', 'lmstudio', 'compatible']);
export type ModelProvider = z.infer<typeof modelProviderSchema>;

/** A parsed `--model` / `--embedding-model` value such as `openai:gpt-4.1-mini` or `ollama:qwen2.5:7b`. */
export const modelSpecSchema = z.object({
  provider: modelProviderSchema,
  /** The id sent to the server, e.g. `gpt-4.1-mini` or `qwen2.5:7b`. */
  modelId: z.string().min(1),
});
export type ModelSpec = z.infer<typeof modelSpecSchema>;

/** Default base URLs of the local servers the spec prefixes stand for. */
export const defaultBaseUrls: Readonly<Record<Exclude<ModelProvider, 'compatible'>, string>> = {
  openai: 'https://api.openai.com/v1',
  ollama: 'http://localhost:11434/v1',
  vllm: 'http://localhost:8000/v1',
  lmstudio: 'http://localhost:1234/v1',
};

/** `openai:gpt-4.1-mini` — the inverse of `parseModelSpec`. */
export function formatModelSpec(spec: ModelSpec): string {
  return `${spec.provider}:${spec.modelId}`;
}
