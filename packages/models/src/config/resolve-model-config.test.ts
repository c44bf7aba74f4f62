import { TenetsConfigError } from '@tenets/core';
import { describe, expect, it } from 'vitest';
import { resolveModelConfig } from './resolve-model-config.ts';

const cwd = '/work/project';

describe('resolveModelConfig', () => {
  it('returns null models and says the offline engine runs when nothing is configured', () => {
    const config = resolveModelConfig({ cwd, env: {} });
    expect(config.language).toBeNull();
    expect(config.embedding).toBeNull();
    expect(config.notes).toMatchInlineSnapshot(`
      [
        "No language model configured (--model, TENETS_MODEL or "model" in tenets.config): the offline engine runs.",
        "No embedding model configured (--embedding-model, TENETS_EMBEDDING_MODEL or "embeddingModel"): offline embeddings are used.",
      ]
    `);
    expect(config.limits).toEqual({
      concurrency: 8,
      requestsPerMinute: undefined,
      tokensPerMinute: undefined,
      timeoutMs: 120_000,
      maxAttempts: 5,
      retryBaseDelayMs: 1000,
      retryMaxDelayMs: 60_000,
    });
    expect(config.cache).toEqual({ enabled: true, dir: '/work/project/.tenets/cache', file: '/work/project/.tenets/cache/models.sqlite' });
  });

  it('takes flags over environment over the config file', () => {
    const config = resolveModelConfig({
      cwd,
      flags: { concurrency: 2 },
      env: { TENETS_CONCURRENCY: '4', TENETS_RPM: '60', TENETS_MODEL: 'openai:gpt-4.1-mini', TENETS_CACHE: 'false' },
      configFile: { path: '/work/project/tenets.config.ts', config: { concurrency: 16, requestsPerMinute: 10, tokensPerMinute: 1000, model: 'ollama:llama3', cacheDir: 'cache' } },
    });
    expect(config.limits.concurrency).toBe(2);
    expect(config.limits.requestsPerMinute).toBe(60);
    expect(config.limits.tokensPerMinute).toBe(1000);
    expect(config.language?.spec).toBe('openai:gpt-4.1-mini');
    expect(config.cache).toEqual({ enabled: false, dir: '/work/project/cache', file: '/work/project/cache/models.sqlite' });
  });

  it('reads the OpenAI key and base URL lazily and keeps them out of JSON', () => {
    const env: Record<string, string> = { OPENAI_API_KEY: 'sk-first', OPENAI_BASE_URL: 'https://gateway.example/v1/' };
    const config = resolveModelConfig({ cwd, env, flags: { model: 'openai:gpt-4.1-mini', embeddingModel: 'openai:text-embedding-3-small' } });
    expect(config.language?.baseURL).toBe('https://gateway.example/v1');
    expect(config.embedding?.baseURL).toBe('https://gateway.example/v1');
    expect(config.language?.apiKeyEnv).toBe('OPENAI_API_KEY');
    env.OPENAI_API_KEY = 'sk-rotated';
    expect(config.language?.apiKey()).toBe('sk-rotated');
    expect(JSON.stringify(config)).not.toContain('sk-');
  });

  it('gives local providers their default address and never sends them the OpenAI key', () => {
    const config = resolveModelConfig({
      cwd,
      env: { OPENAI_API_KEY: 'sk-secret' },
      flags: { model: 'ollama:qwen2.5:7b', embeddingModel: 'openai:text-embedding-3-small', baseURL: 'http://gpu-box:11434/v1' },
    });
    expect(config.language).toMatchObject({ provider: 'ollama', modelId: 'qwen2.5:7b', baseURL: 'http://gpu-box:11434/v1', apiKeyEnv: undefined });
    expect(config.language?.apiKey()).toBeUndefined();
    // --base-url belongs to the language model; a different provider keeps its own default.
    expect(config.embedding?.baseURL).toBe('https://api.openai.com/v1');
    expect(resolveModelConfig({ cwd, env: {}, flags: { model: 'vllm:m' } }).language?.baseURL).toBe('http://localhost:8000/v1');
    expect(resolveModelConfig({ cwd, env: {}, flags: { model: 'lmstudio:m' } }).language?.baseURL).toBe('http://localhost:1234/v1');
  });

  it('uses TENETS_API_KEY or a named variable for compatible servers', () => {
    const withTenetsKey = resolveModelConfig({ cwd, env: { TENETS_API_KEY: 'gw-1' }, flags: { model: 'compatible:m', baseURL: 'http://gw/v1' } });
    expect(withTenetsKey.language?.apiKey()).toBe('gw-1');
    const named = resolveModelConfig({ cwd, env: { MY_KEY: 'gw-2' }, flags: { model: 'compatible:m', baseURL: 'http://gw/v1', apiKeyEnv: 'MY_KEY' } });
    expect(named.language?.apiKey()).toBe('gw-2');
    // OPENAI_BASE_URL serves as the compatible server's address, but the OpenAI key is not sent there.
    const fromOpenAIVariables = resolveModelConfig({ cwd, env: { OPENAI_BASE_URL: 'http://gw:4000/v1', OPENAI_API_KEY: 'sk-x' }, flags: { model: 'compatible:m' } });
    expect([fromOpenAIVariables.language?.baseURL, fromOpenAIVariables.language?.apiKey()]).toEqual(['http://gw:4000/v1', undefined]);
    expect(() => resolveModelConfig({ cwd, env: { OPENAI_BASE_URL: 'gw:4000' }, flags: { model: 'openai:m' } })).toThrow('Base URL "gw:4000" of openai:m is not an http(s) URL.');
  });

  it('reports unusable settings as TenetsConfigError with the source', () => {
    const attempts = [
      () => resolveModelConfig({ cwd, env: {}, flags: { model: 'compatible:m' } }),
      () => resolveModelConfig({ cwd, env: {}, flags: { concurrency: 0 } }),
      () => resolveModelConfig({ cwd, env: { TENETS_MAX_COST: 'lots' } }),
      () => resolveModelConfig({ cwd, env: {}, flags: { model: 'compatible:m', baseURL: 'http://gw/v1', maxCostUsd: 1 } }),
      () => resolveModelConfig({ cwd, env: {}, configFile: { path: 'tenets.config.json', config: { baseURL: 'ftp://x' } } }),
    ];
    const messages = attempts.map((attempt) => {
      try {
        attempt();
        return 'no error';
      } catch (error) {
        return error instanceof TenetsConfigError ? error.message : `unexpected ${String(error)}`;
      }
    });
    expect(messages).toMatchInlineSnapshot(`
      [
        "compatible:m needs a base URL.",
        "Setting "concurrency": Too small: expected number to be >=1.",
        "Environment variable TENETS_MAX_COST="lots": Invalid input: expected number, received NaN.",
        "--max-cost needs a price for compatible:m, and none is known.",
        "tenets.config.json: "baseURL": must be an http(s) URL such as http://localhost:11434/v1.",
      ]
    `);
  });

  it('merges price overrides over the built-in table and notes unknown prices', () => {
    const config = resolveModelConfig({
      cwd,
      env: {},
      flags: { model: 'compatible:house-model', baseURL: 'http://gw/v1' },
      configFile: { path: 'tenets.config.json', config: { prices: { 'gpt-4.1-mini': { input: 1, output: 2 } } } },
    });
    expect(config.prices['gpt-4.1-mini']).toEqual({ input: 1, output: 2 });
    expect(config.prices['gpt-4.1']).toEqual({ input: 2, cachedInput: 0.5, output: 8 });
    expect(config.notes).toContain('No price known for compatible:house-model: its cost is reported as unknown.');
  });
});
