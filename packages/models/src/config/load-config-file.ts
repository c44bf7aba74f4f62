import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TenetsConfigError } from '@tenets/core';
import { tenetsConfigSchema, type TenetsConfig } from './model-settings.ts';

export interface LoadedConfigFile {
  /** Absolute path of the file that was read. */
  path: string;
  config: TenetsConfig;
}

/** Looked for in this order; the first that exists wins. */
export const configFileNames = ['tenets.config.ts', 'tenets.config.mts', 'tenets.config.mjs', 'tenets.config.js', 'tenets.config.json'] as const;

/**
 * Finds and loads `tenets.config.*` in `cwd` (not in parent directories). `.ts` files are imported
 * dynamically, which works because the CLI runs under tsx. Returns `null` when there is none.
 */
export async function loadConfigFile(cwd: string): Promise<LoadedConfigFile | null> {
  const file = configFileNames.map((name) => path.resolve(cwd, name)).find((candidate) => existsSync(candidate));
  if (!file) return null;
  const raw = file.endsWith('.json') ? parseJson(file, await readFile(file, 'utf8')) : await importDefault(file);
  const result = tenetsConfigSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue?.path.join('.') || (issue?.code === 'unrecognized_keys' ? issue.keys.join(', ') : '(root)');
    throw new TenetsConfigError({ message: `${file}: "${field}": ${issue?.message ?? 'is invalid'}.`, cause: result.error, hint: 'See docs/models.md for the settings.' });
  }
  return { path: file, config: result.data };
}

async function importDefault(file: string): Promise<unknown> {
  try {
    const module = (await import(pathToFileURL(file).href)) as { default?: unknown };
    return module.default ?? module;
  } catch (error) {
    throw new TenetsConfigError({ message: `Could not load ${file}: ${error instanceof Error ? error.message : String(error)}`, cause: error });
  }
}

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new TenetsConfigError({ message: `${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`, cause: error });
  }
}
