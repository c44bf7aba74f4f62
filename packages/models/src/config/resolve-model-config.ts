import path from 'node:path';
import { TenetsConfigError } from '@tenets/core';
import type { z } from 'zod';
import { defaultPrices } from '../pricing/default-prices.ts';
import { resolvePrice } from '../pricing/resolve-price.ts';
import { defaultBaseUrls, formatModelSpec, type ModelSpec } from '../spec/model-spec.ts';
import { parseModelSpec } from '../spec/parse-model-spec.ts';
import type { LoadedConfigFile } from './load-config-file.ts';
import type { ModelConfig, ResolvedModel } from './model-config.ts';
import { modelSettingsSchema, tenetsConfigSchema, type ModelSettings } from './model-settings.ts';
import type { ModelEnvironment } from './read-environment.ts';
import { settingsFromEnvironment } from './settings-from-environment.ts';

export interface ResolveModelConfigOptions {
  /** Settings from CLI flags (validated here; unknown keys are an error). */
  flags?: ModelSettings;
  /** Environment variables, usually `readEnvironment()`. Never read from `process.env` here. */
  env?: ModelEnvironment;
  /** The result of `loadConfigFile(cwd)`. */
  configFile?: LoadedConfigFile | null;
  /** Relative cache directories resolve against this. */
  cwd: string;
}

export const modelConfigDefaults = {
  concurrency: 8,
  timeoutMs: 120_000,
  maxAttempts: 5,
  retryBaseDelayMs: 1000,
  retryMaxDelayMs: 60_000,
  cacheDir: path.join('.tenets', 'cache'),
  cacheFile: 'models.sqlite',
  promptVersion: '1',
  batchPollIntervalMs: 15_000,
  batchIdleMs: 500,
  batchMaxRequests: 50_000,
} as const;

/**
 * Merges flags > environment > config file > defaults into a `ModelConfig`. A missing language model
 * is not an error: `language` is `null` and the offline engine runs (said in `notes`).
 */
export function resolveModelConfig(options: ResolveModelConfigOptions): ModelConfig {
  const env = options.env ?? {};
  const flags = validate(modelSettingsSchema, options.flags ?? {}, 'flag');
  const fromEnvironment = settingsFromEnvironment(env);
  const fromFile = options.configFile ? validate(tenetsConfigSchema, options.configFile.config, options.configFile.path) : {};
  const pick = <KEY extends keyof ModelSettings>(key: KEY): ModelSettings[KEY] => flags[key] ?? fromEnvironment[key] ?? fromFile[key];

  const prices = { ...defaultPrices, ...fromFile.prices, ...fromEnvironment.prices, ...flags.prices };
  const languageSpec = pick('model');
  const embeddingSpec = pick('embeddingModel');
  const languageParsed = languageSpec === undefined ? undefined : parseModelSpec(languageSpec);
  const embeddingParsed = embeddingSpec === undefined ? undefined : parseModelSpec(embeddingSpec);
  const apiKeyEnv = pick('apiKeyEnv');
  const baseURL = pick('baseURL');
  const embeddingBaseURL = pick('embeddingBaseURL') ?? (embeddingParsed?.provider === languageParsed?.provider ? baseURL : undefined);

  const language = languageParsed ? resolveModel(languageParsed, { baseURL, apiKeyEnv, env }) : null;
  const embedding = embeddingParsed ? resolveModel(embeddingParsed, { baseURL: embeddingBaseURL, apiKeyEnv, env }) : null;
  const maxCostUsd = pick('maxCostUsd');
  const notes: string[] = [];
  if (!language) notes.push('No language model configured (--model, TENETS_MODEL or "model" in tenets.config): the offline engine runs.');
  if (!embedding) notes.push('No embedding model configured (--embedding-model, TENETS_EMBEDDING_MODEL or "embeddingModel"): offline embeddings are used.');
  for (const model of [language, embedding]) {
    if (!model || resolvePrice(prices, model)) continue;
    if (maxCostUsd !== undefined) {
      throw new TenetsConfigError({
        message: `--max-cost needs a price for ${model.spec}, and none is known.`,
        hint: `Add it to tenets.config: prices: { "${model.modelId}": { input: <USD per 1M tokens>, output: <USD per 1M tokens> } }.`,
      });
    }
    notes.push(`No price known for ${model.spec}: its cost is reported as unknown.`);
  }

  const dir = path.resolve(options.cwd, pick('cacheDir') ?? modelConfigDefaults.cacheDir);
  return {
    language,
    embedding,
    limits: {
      concurrency: pick('concurrency') ?? modelConfigDefaults.concurrency,
      requestsPerMinute: pick('requestsPerMinute'),
      tokensPerMinute: pick('tokensPerMinute'),
      timeoutMs: pick('timeoutMs') ?? modelConfigDefaults.timeoutMs,
      maxAttempts: pick('maxAttempts') ?? modelConfigDefaults.maxAttempts,
      retryBaseDelayMs: pick('retryBaseDelayMs') ?? modelConfigDefaults.retryBaseDelayMs,
      retryMaxDelayMs: pick('retryMaxDelayMs') ?? modelConfigDefaults.retryMaxDelayMs,
    },
    maxCostUsd,
    cache: { enabled: pick('cache') ?? true, dir, file: path.join(dir, modelConfigDefaults.cacheFile) },
    promptVersion: pick('promptVersion') ?? modelConfigDefaults.promptVersion,
    batch: {
      enabled: pick('batch') ?? false,
      pollIntervalMs: pick('batchPollIntervalMs') ?? modelConfigDefaults.batchPollIntervalMs,
      idleMs: pick('batchIdleMs') ?? modelConfigDefaults.batchIdleMs,
      maxRequests: pick('batchMaxRequests') ?? modelConfigDefaults.batchMaxRequests,
    },
    prices,
    notes,
  };
}

/**
 * Base URL: the configured one, else `OPENAI_BASE_URL` for `openai:` and `compatible:`, else the
 * provider default (`compatible:` has none). Key: `apiKeyEnv` if given, else `OPENAI_API_KEY` for `openai:`, else
 * `TENETS_API_KEY` when set. The OpenAI key is never sent to a non-OpenAI server unless asked for.
 */
function resolveModel(spec: ModelSpec, context: { baseURL: string | undefined; apiKeyEnv: string | undefined; env: ModelEnvironment }): ResolvedModel {
  const { env } = context;
  const baseURL =
    context.baseURL ??
    (spec.provider === 'openai' ? nonEmpty(env.OPENAI_BASE_URL) ?? defaultBaseUrls.openai : spec.provider === 'compatible' ? nonEmpty(env.OPENAI_BASE_URL) : defaultBaseUrls[spec.provider]);
  if (baseURL === undefined) {
    throw new TenetsConfigError({
      message: `${formatModelSpec(spec)} needs a base URL.`,
      hint: 'Pass --base-url (or TENETS_BASE_URL / OPENAI_BASE_URL, or baseURL in tenets.config), e.g. http://localhost:8080/v1.',
    });
  }
  if (!/^https?:\/\//.test(baseURL)) {
    throw new TenetsConfigError({ message: `Base URL "${baseURL}" of ${formatModelSpec(spec)} is not an http(s) URL.`, hint: 'Check OPENAI_BASE_URL.' });
  }
  const apiKeyEnv = context.apiKeyEnv ?? (spec.provider === 'openai' ? 'OPENAI_API_KEY' : nonEmpty(env.TENETS_API_KEY) ? 'TENETS_API_KEY' : undefined);
  return {
    spec: formatModelSpec(spec),
    provider: spec.provider,
    modelId: spec.modelId,
    baseURL: baseURL.replace(/\/+$/, ''),
    apiKeyEnv,
    apiKey: () => (apiKeyEnv === undefined ? undefined : nonEmpty(env[apiKeyEnv])),
  };
}

function nonEmpty(text: string | undefined): string | undefined {
  return text?.trim() ? text.trim() : undefined;
}

function validate<SCHEMA extends z.ZodType>(schema: SCHEMA, value: unknown, source: string): z.infer<SCHEMA> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.join('.') || (issue?.code === 'unrecognized_keys' ? issue.keys.join(', ') : '');
  const where = source === 'flag' ? `Setting "${field}"` : `${source}: "${field}"`;
  throw new TenetsConfigError({ message: `${where}: ${issue?.message ?? 'is invalid'}.`, cause: result.error });
}
