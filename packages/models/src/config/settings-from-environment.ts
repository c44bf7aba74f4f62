import { TenetsConfigError } from '@tenets/core';
import type { ModelEnvironment } from './read-environment.ts';
import { modelSettingsSchema, type ModelSettings } from './model-settings.ts';

/** Environment variables that map one-to-one onto a setting. */
export const environmentVariables = {
  TENETS_MODEL: 'model',
  TENETS_EMBEDDING_MODEL: 'embeddingModel',
  TENETS_BASE_URL: 'baseURL',
  TENETS_EMBEDDING_BASE_URL: 'embeddingBaseURL',
  TENETS_API_KEY_ENV: 'apiKeyEnv',
  TENETS_CONCURRENCY: 'concurrency',
  TENETS_RPM: 'requestsPerMinute',
  TENETS_TPM: 'tokensPerMinute',
  TENETS_TIMEOUT_MS: 'timeoutMs',
  TENETS_MAX_ATTEMPTS: 'maxAttempts',
  TENETS_MAX_COST: 'maxCostUsd',
  TENETS_CACHE: 'cache',
  TENETS_CACHE_DIR: 'cacheDir',
  TENETS_PROMPT_VERSION: 'promptVersion',
  TENETS_BATCH: 'batch',
} as const satisfies Record<string, keyof ModelSettings>;

const numericSettings = new Set<keyof ModelSettings>(['concurrency', 'requestsPerMinute', 'tokensPerMinute', 'timeoutMs', 'maxAttempts', 'maxCostUsd']);
const booleanSettings = new Set<keyof ModelSettings>(['cache', 'batch']);

/**
 * The `TENETS_*` variables as settings. Empty values count as unset. `OPENAI_API_KEY`, `OPENAI_BASE_URL`
 * and `TENETS_API_KEY` are not settings: `resolveModelConfig` reads them per provider.
 */
export function settingsFromEnvironment(env: ModelEnvironment): ModelSettings {
  const settings: Record<string, unknown> = {};
  for (const [variable, setting] of Object.entries(environmentVariables)) {
    const text = env[variable]?.trim();
    if (!text) continue;
    settings[setting] = numericSettings.has(setting) ? Number(text) : booleanSettings.has(setting) ? parseBoolean(variable, text) : text;
  }
  const result = modelSettingsSchema.safeParse(settings);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const setting = String(issue?.path[0] ?? '');
  const variable = Object.entries(environmentVariables).find(([, name]) => name === setting)?.[0] ?? setting;
  throw new TenetsConfigError({
    message: `Environment variable ${variable}=${JSON.stringify(env[variable])}: ${issue?.message ?? 'is invalid'}.`,
    hint: `Fix or unset ${variable}.`,
  });
}

function parseBoolean(variable: string, text: string): boolean {
  if (/^(1|true|yes|on)$/i.test(text)) return true;
  if (/^(0|false|no|off)$/i.test(text)) return false;
  throw new TenetsConfigError({ message: `Environment variable ${variable}=${JSON.stringify(text)} is not a boolean.`, hint: 'Use 1/0, true/false, yes/no or on/off.' });
}
