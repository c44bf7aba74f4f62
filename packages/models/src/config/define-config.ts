import type { TenetsConfig } from './model-settings.ts';

/**
 * Typed helper for `tenets.config.ts`:
 * ```ts
 * import { defineConfig } from '@tenets/models';
 * export default defineConfig({ model: 'openai:gpt-4.1-mini', embeddingModel: 'openai:text-embedding-3-small', maxCostUsd: 2 });
 * ```
 */
export function defineConfig<CONFIG extends TenetsConfig>(config: CONFIG): CONFIG {
  return config;
}
