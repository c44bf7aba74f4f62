import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TenetsConfigError } from '@tenets/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfigFile } from './load-config-file.ts';

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'tenets-config-'));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('loadConfigFile', () => {
  it('returns null when there is no config file', async () => {
    expect(await loadConfigFile(directory)).toBeNull();
  });

  it('imports a TypeScript config written with defineConfig', async () => {
    const helper = path.resolve(import.meta.dirname, 'define-config.ts');
    await writeFile(
      path.join(directory, 'tenets.config.ts'),
      `import { defineConfig } from ${JSON.stringify(helper)};\nexport default defineConfig({ model: 'ollama:qwen2.5:7b', concurrency: 3 as number, review: { pageSize: 20 } });\n`,
    );
    const loaded = await loadConfigFile(directory);
    expect(loaded).toEqual({ path: path.join(directory, 'tenets.config.ts'), config: { model: 'ollama:qwen2.5:7b', concurrency: 3, review: { pageSize: 20 } } });
  });

  it('prefers .ts over .json and reads .json when alone', async () => {
    await writeFile(path.join(directory, 'tenets.config.json'), JSON.stringify({ model: 'openai:gpt-4.1-mini' }));
    expect((await loadConfigFile(directory))?.config).toEqual({ model: 'openai:gpt-4.1-mini' });
    await writeFile(path.join(directory, 'tenets.config.mjs'), `export default { model: 'vllm:m' };\n`);
    expect((await loadConfigFile(directory))?.config).toEqual({ model: 'vllm:m' });
  });

  it('rejects invalid JSON and invalid settings with the file name', async () => {
    await writeFile(path.join(directory, 'tenets.config.json'), '{ "model": ');
    await expect(loadConfigFile(directory)).rejects.toThrow(TenetsConfigError);
    await writeFile(path.join(directory, 'tenets.config.json'), JSON.stringify({ concurrency: 'many' }));
    await expect(loadConfigFile(directory)).rejects.toThrow(`${path.join(directory, 'tenets.config.json')}: "concurrency": Invalid input: expected number, received string.`);
  });
});
