import { z } from 'zod';
import { priceTableSchema } from '../pricing/model-price.ts';

const httpUrlSchema = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as http://localhost:11434/v1' });
const environmentVariableNameSchema = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be an environment variable name');

/**
 * Every model-layer setting a user can give, each optional. The same shape is accepted from CLI flags,
 * from the environment (after mapping, see `settingsFromEnvironment`) and from `tenets.config.*`.
 * Precedence: flags > environment > config file > defaults.
 */
export const modelSettingsSchema = z.strictObject({
  model: z.string().min(1).optional().describe('Language model spec, e.g. openai:gpt-4.1-mini, ollama:qwen2.5:7b, compatible:<id>. None: offline engine.'),
  embeddingModel: z.string().min(1).optional().describe('Embedding model spec, e.g. openai:text-embedding-3-small. None: offline embeddings.'),
  baseURL: httpUrlSchema.optional().describe('Base URL of the language model server (required for compatible:, overrides the default of ollama:/vllm:/lmstudio:/openai:).'),
  embeddingBaseURL: httpUrlSchema
    .optional()
    .describe('Base URL of the embedding server. Defaults to --base-url when both models use the same provider, else to the provider default.'),
  apiKeyEnv: environmentVariableNameSchema
    .optional()
    .describe('Name of the environment variable that holds the API key. Default: OPENAI_API_KEY for openai:, TENETS_API_KEY (if set) otherwise.'),
  concurrency: z.number().int().min(1).max(1024).optional().describe('Model calls in flight at once, per model. @default 8'),
  requestsPerMinute: z.number().positive().optional().describe('Requests-per-minute limit, per model (token bucket). Default: none.'),
  tokensPerMinute: z.number().positive().optional().describe('Tokens-per-minute limit, per model (estimated before, corrected after each call). Default: none.'),
  timeoutMs: z.number().int().positive().optional().describe('Timeout of one HTTP attempt in milliseconds. @default 120000'),
  maxAttempts: z.number().int().min(1).max(20).optional().describe('Attempts per call on 429, 5xx, timeouts and network errors (1 = no retry). @default 5'),
  retryBaseDelayMs: z.number().int().nonnegative().optional().describe('First backoff ceiling; doubles each attempt (full jitter). @default 1000'),
  retryMaxDelayMs: z.number().int().nonnegative().optional().describe('Longest wait between attempts, also caps Retry-After. @default 60000'),
  maxCostUsd: z.number().nonnegative().optional().describe('Stop before the estimated spend of this run would exceed this many US dollars.'),
  cache: z.boolean().optional().describe('Use the response cache (false = --no-cache: neither read nor write). @default true'),
  cacheDir: z.string().min(1).optional().describe('Directory of the SQLite response cache, relative to the working directory. @default .tenets/cache'),
  promptVersion: z.string().min(1).optional().describe('Extra cache-key salt; change it to invalidate every cached reply. @default "1"'),
  batch: z.boolean().optional().describe('Send chat calls through the OpenAI Batch API (50% cheaper, up to 24 h). @default false'),
  batchPollIntervalMs: z.number().int().positive().optional().describe('How often to poll a submitted batch. @default 15000'),
  batchIdleMs: z.number().int().nonnegative().optional().describe('Submit a batch once no new request arrived for this long. @default 500'),
  batchMaxRequests: z.number().int().min(1).max(50_000).optional().describe('Submit a batch once it holds this many requests. @default 50000'),
  prices: priceTableSchema.optional().describe('Price overrides in USD per 1M tokens, merged over the built-in table, e.g. { "my-model": { input: 0.1, output: 0.4 } }.'),
});
export type ModelSettings = z.infer<typeof modelSettingsSchema>;

/**
 * The shape of `tenets.config.{ts,mjs,js,json}`: the model settings at the top level, plus any other
 * sections other parts of Tenets define (kept, not checked here).
 */
export const tenetsConfigSchema = modelSettingsSchema.loose();
export type TenetsConfig = z.input<typeof tenetsConfigSchema>;
