import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { generateStructured, TenetsBudgetError, TenetsConfigError } from '@tenets/core';
import { embedMany, generateText, streamText } from 'ai';
import { afterEach, describe, expect, it } from 'vitest';
import { aspectListSchema, createModelHarness, testApiKey, type ModelHarness } from '../__fixtures__/model-harness.ts';
import { resolveModelConfig } from '../config/resolve-model-config.ts';
import { deterministicEmbedding } from '../test/wire-format.ts';
import type { ModelEvent } from '../events/model-event.ts';
import { createModelRuntime } from './create-model-runtime.ts';

let harness: ModelHarness | undefined;
afterEach(async () => {
  await harness?.dispose();
  harness = undefined;
});

describe('secrets', () => {
  it('never writes the API key or Authorization header into the cache file', async () => {
    harness = await createModelHarness();
    const runtime = harness!.runtime({ embeddingModel: 'openai:text-embedding-3-small' });
    await generateStructured({ model: runtime.languageModel!, schema: aspectListSchema, instructions: 'List.', prompt: 'item-1' });
    await embedMany({ model: runtime.embeddingModel!, values: ['a', 'b'], maxRetries: 0 });
    await runtime.close();
    const cacheDirectory = path.join(harness!.directory, '.tenets', 'cache');
    const files = await readdir(cacheDirectory);
    expect(files).toContain('models.sqlite');
    for (const file of files) {
      const bytes = await readFile(path.join(cacheDirectory, file));
      expect(bytes.includes(testApiKey)).toBe(false);
      expect(bytes.includes('Bearer')).toBe(false);
      expect(bytes.toString('latin1').toLowerCase().includes('authorization')).toBe(false);
    }
    // And the stored reply is really in there.
    const database = await readFile(path.join(cacheDirectory, 'models.sqlite'));
    expect(database.includes('behaviour example')).toBe(true);
  });

  it('describes the runtime without keys or URL credentials', async () => {
    const config = resolveModelConfig({
      cwd: '/tmp/project',
      env: { OPENAI_API_KEY: testApiKey },
      flags: { model: 'compatible:house', baseURL: 'https://user:pass@gateway.example/v1?token=abc', apiKeyEnv: 'OPENAI_API_KEY', cache: false, maxCostUsd: 3, prices: { house: { input: 1, output: 1 } } },
    });
    const runtime = createModelRuntime(config);
    expect(runtime.describe()).toMatchInlineSnapshot(`
      {
        "engine": "llm",
        "language": "compatible:house",
        "note": "language model compatible:house at https://gateway.example/v1; offline embeddings; cache off; budget $3.",
      }
    `);
    expect(JSON.stringify(config)).not.toContain(testApiKey);
    await runtime.close();
  });

  it('says that the offline engine runs when no model is configured', async () => {
    const runtime = createModelRuntime(resolveModelConfig({ cwd: '/tmp/project', env: {} }));
    expect(runtime.languageModel).toBeNull();
    expect(runtime.embeddingModel).toBeNull();
    expect(runtime.describe()).toEqual({ engine: 'offline', note: 'offline engine (no language model configured); offline embeddings.' });
    await runtime.preflight();
    await runtime.close();
  });
});

describe('budget and stages', () => {
  it('throws TenetsBudgetError before a call would pass --max-cost and books usage per stage', async () => {
    harness = await createModelHarness();
    const runtime = harness!.runtime({ maxCostUsd: 0.0005, maxAttempts: 1 });
    const model = runtime.languageModel!;
    // Estimated ~513 prompt tokens + 100 output tokens = $0.000365 per call at gpt-4.1-mini prices; actual ~$0.0002.
    const prompt = 'x'.repeat(2000);
    await runtime.withStage('ground', () => generateText({ model, prompt, maxOutputTokens: 100, maxRetries: 0 }));
    await expect(runtime.withStage('metrics', () => generateText({ model, prompt: `${prompt}!`, maxOutputTokens: 100, maxRetries: 0 }))).rejects.toThrow(TenetsBudgetError);
    // A cached call is free and still answers.
    await runtime.withStage('ground', () => generateText({ model, prompt, maxOutputTokens: 100, maxRetries: 0 }));
    expect(harness!.server.count('/v1/chat/completions')).toBe(1);
    const usage = runtime.meter.usage();
    expect(Object.keys(usage.stages)).toEqual(['ground']);
    expect(usage.stages.ground).toMatchObject({ calls: 2, cachedCalls: 1, inputTokens: 500, outputTokens: 1 });
    expect(usage.total.costUsd).toBeCloseTo((500 * 0.4 + 1 * 1.6) / 1e6, 12);
  });
});

describe('duplicates, budget stops and aborts through generateStructured', () => {
  it('sends identical calls in flight only once', async () => {
    harness = await createModelHarness({ latencyMs: 30 });
    const runtime = harness!.runtime();
    const results = await Promise.all([1, 2, 3].map(() => generateStructured({ model: runtime.languageModel!, schema: aspectListSchema, instructions: 'List.', prompt: 'same critique' })));
    expect(results.every((result) => result.success)).toBe(true);
    expect(harness!.server.count('/v1/chat/completions')).toBe(1);
    expect(runtime.meter.snapshot().total).toMatchObject({ calls: 3, networkCalls: 1, cachedCalls: 2 });
  });

  it('lets TenetsBudgetError end the run instead of recording a failed item', async () => {
    harness = await createModelHarness();
    const runtime = harness!.runtime({ maxCostUsd: 0 });
    await expect(generateStructured({ model: runtime.languageModel!, schema: aspectListSchema, instructions: 'List.', prompt: 'item' })).rejects.toThrow(TenetsBudgetError);
    expect(harness!.server.count()).toBe(0);
  });

  it('does not count calls cut off by Ctrl-C as failures', async () => {
    harness = await createModelHarness({ chat: () => ({ fault: 'hang' }) });
    const runtime = harness!.runtime();
    const controller = new AbortController();
    const call = generateStructured({ model: runtime.languageModel!, schema: aspectListSchema, instructions: 'List.', prompt: 'item', abortSignal: controller.signal });
    setTimeout(() => controller.abort(new Error('Ctrl-C')), 50);
    await expect(call).rejects.toThrow('Ctrl-C');
    expect(runtime.meter.snapshot().total).toMatchObject({ calls: 0, failedCalls: 0 });
  });
});

describe('embeddings', () => {
  it('caches per value: repeated values are free and only new values are sent', async () => {
    harness = await createModelHarness({ embeddingDimensions: 4 });
    const runtime = harness!.runtime({ embeddingModel: 'openai:text-embedding-3-small' });
    const model = runtime.embeddingModel!;
    const first = await runtime.withStage('embed', () => embedMany({ model, values: ['alpha', 'beta'], maxRetries: 0 }));
    expect(first.embeddings).toEqual([deterministicEmbedding('alpha', 4), deterministicEmbedding('beta', 4)]);
    const second = await runtime.withStage('embed', () => embedMany({ model, values: ['beta', 'gamma', 'alpha'], maxRetries: 0 }));
    expect(second.embeddings).toEqual([deterministicEmbedding('beta', 4), deterministicEmbedding('gamma', 4), deterministicEmbedding('alpha', 4)]);
    const third = await runtime.withStage('embed', () => embedMany({ model, values: ['gamma', 'alpha'], maxRetries: 0 }));
    expect(third.embeddings).toEqual([deterministicEmbedding('gamma', 4), deterministicEmbedding('alpha', 4)]);
    const sentInputs = harness!.server.requests.filter((request) => request.path === '/v1/embeddings').map((request) => (request.body as { input: string[] }).input);
    expect(sentInputs).toEqual([['alpha', 'beta'], ['gamma']]);
    expect(runtime.meter.snapshot().stages.embed).toMatchObject({ calls: 3, networkCalls: 2, cachedCalls: 1 });
  });
});

describe('embeddings over @ai-sdk/openai-compatible', () => {
  it('embeds through an Ollama spec and books the tokens', async () => {
    harness = await createModelHarness({ embeddingDimensions: 3 });
    const runtime = harness!.runtime({ model: 'ollama:qwen2.5:7b', embeddingModel: 'ollama:nomic-embed-text' });
    const result = await runtime.withStage('embed', () => embedMany({ model: runtime.embeddingModel!, values: ['one two three four'], maxRetries: 0 }));
    expect(result.embeddings).toEqual([deterministicEmbedding('one two three four', 3)]);
    expect(harness!.server.requests[0]?.body).toEqual({ model: 'nomic-embed-text', input: ['one two three four'], encoding_format: 'float' });
    expect(runtime.meter.snapshot().stages.embed).toMatchObject({ networkCalls: 1, inputTokens: 5, costUsd: 0 });
  });
});

describe('streams', () => {
  it('passes streams through the limits and books their usage when they finish', async () => {
    harness = await createModelHarness({ chat: () => 'streamed words' });
    const runtime = harness!.runtime({ model: 'vllm:qwen', baseURL: harness!.server.url });
    const result = runtime.withStage('judge', () => streamText({ model: runtime.languageModel!, prompt: 'hello there', maxRetries: 0 }));
    expect(await result.text).toBe('streamed words');
    expect(runtime.meter.snapshot().stages.judge).toMatchObject({ calls: 1, networkCalls: 1, inputTokens: 3, outputTokens: 4 });
  });
});

describe('preflight', () => {
  async function preflightMessage(settings: Parameters<ModelHarness['runtime']>[0], env?: Record<string, string>): Promise<string> {
    try {
      await harness!.runtime(settings, {}, env).preflight();
      return 'passed';
    } catch (error) {
      return error instanceof TenetsConfigError ? `${error.message} | ${error.hint}` : `unexpected: ${String(error)}`;
    }
  }

  it('passes against a healthy server with one uncached call per model', async () => {
    harness = await createModelHarness({ models: ['gpt-4.1-mini', 'text-embedding-3-small'] });
    const runtime = harness!.runtime({ embeddingModel: 'openai:text-embedding-3-small' });
    await runtime.preflight();
    await runtime.preflight();
    expect(harness!.server.count('/v1/chat/completions')).toBe(2);
    expect(harness!.server.count('/v1/embeddings')).toBe(2);
    expect(runtime.meter.snapshot().stages.preflight).toMatchObject({ calls: 4, networkCalls: 4, cachedCalls: 0 });
  });

  it('turns refused connections, bad keys and unknown models into TenetsConfigError with a hint', async () => {
    harness = await createModelHarness({
      apiKey: testApiKey,
      models: ['gpt-4.1-mini', 'slow-model'],
      chat: (request) => (request.model === 'slow-model' ? { fault: 'hang' } : undefined),
    });
    const closed = await createModelHarness();
    const deadUrl = closed.server.url;
    await closed.dispose();
    const messages = [
      await preflightMessage({ model: 'ollama:qwen2.5:7b', baseURL: deadUrl }),
      await preflightMessage({ model: 'compatible:gpt-4.1-mini', apiKeyEnv: 'OPENAI_API_KEY', baseURL: harness!.server.url }),
      await preflightMessage({ model: 'lmstudio:gpt-4.1-mini' }),
      await preflightMessage({ model: 'openai:gpt-4.1-mini' }, { OPENAI_API_KEY: 'sk-wrong' }),
      await preflightMessage({ model: 'ollama:llama9', apiKeyEnv: 'OPENAI_API_KEY' }),
      await preflightMessage({ model: 'openai:gpt-9' }),
      await preflightMessage({ model: 'openai:slow-model', timeoutMs: 200 }),
      await preflightMessage({ model: 'openai:gpt-4.1-mini', embeddingModel: 'openai:text-embedding-3-small', embeddingBaseURL: harness!.server.url }),
    ].map((message) => message.replaceAll(harness!.server.url, '<server>').replaceAll(deadUrl, '<dead>'));
    expect(messages).toMatchInlineSnapshot(`
      [
        "Language model ollama:qwen2.5:7b at <dead> cannot be reached (ECONNREFUSED). | Start Ollama (\`ollama serve\`), or pass --base-url if it listens elsewhere (default http://localhost:11434/v1).",
        "passed",
        "Language model lmstudio:gpt-4.1-mini at <server> refused requests without an API key (HTTP 401: Incorrect API key provided.). | Set TENETS_API_KEY, or name the variable holding the key with apiKeyEnv in tenets.config (or TENETS_API_KEY_ENV).",
        "Language model openai:gpt-4.1-mini at <server> refused the key in OPENAI_API_KEY (HTTP 401: Incorrect API key provided.). | Check OPENAI_API_KEY, or name the variable that holds the right key with apiKeyEnv in tenets.config (or TENETS_API_KEY_ENV).",
        "Language model ollama:llama9 at <server>: model "llama9" not found (HTTP 404: The model \`llama9\` does not exist or you do not have access to it.). | Pull the model first: \`ollama pull llama9\` (see \`ollama list\`).",
        "Language model openai:gpt-9 at <server>: model "gpt-9" not found (HTTP 404: The model \`gpt-9\` does not exist or you do not have access to it.). | Check the model name against \`curl <server>/models\`, and that the base URL ends in /v1.",
        "Language model openai:slow-model at <server> did not answer a tiny test call within 0.2 s. | Check your network connection and OPENAI_BASE_URL / --base-url. A server that is still loading the model can be slow: try again, or raise --timeout.",
        "Embedding model openai:text-embedding-3-small at <server>: model "text-embedding-3-small" not found (HTTP 404: The model \`text-embedding-3-small\` does not exist or you do not have access to it.). | Check the model name against \`curl <server>/models\`, and that the base URL ends in /v1.",
      ]
    `);
  });

  it('retries a preflight call like any call: one HTTP 500 does not stop the run, and the retry is counted', async () => {
    harness = await createModelHarness({ chat: (_request, { attempt }) => (attempt === 1 ? { fault: 'server-error' } : undefined) });
    const events: ModelEvent[] = [];
    const runtime = harness!.runtime({}, { onEvent: (event) => void events.push(event) });
    await runtime.preflight();
    expect(harness!.server.count('/v1/chat/completions')).toBe(2);
    expect(runtime.meter.callCounts()).toEqual({
      stages: { preflight: { calls: 1, networkCalls: 1, cachedCalls: 0, failedCalls: 0, retries: 1 } },
      total: { calls: 1, networkCalls: 1, cachedCalls: 0, failedCalls: 0, retries: 1 },
    });
    expect(events.map((event) => (event.type === 'model-retry' ? `${event.stage} ${event.model} attempt ${event.attempt}: ${event.reason}` : event.type))).toEqual(['preflight openai:gpt-4.1-mini attempt 1: server']);
  });

  it('gives up on a server that keeps failing after maxAttempts, naming the status, with every retry counted', async () => {
    harness = await createModelHarness({ chat: () => ({ fault: 'server-error', status: 503 }) });
    const runtime = harness!.runtime({ maxAttempts: 3 });
    await expect(runtime.preflight()).rejects.toThrow('Language model openai:gpt-4.1-mini at');
    expect(harness!.server.count('/v1/chat/completions')).toBe(3);
    expect(runtime.meter.callCounts().total).toEqual({ calls: 1, networkCalls: 1, cachedCalls: 0, failedCalls: 1, retries: 2 });
  });

  it('says which variable is missing when the OpenAI key is not set', async () => {
    harness = await createModelHarness();
    const config = resolveModelConfig({ cwd: harness!.directory, env: {}, flags: { model: 'openai:gpt-4.1-mini', baseURL: harness!.server.url } });
    const runtime = createModelRuntime(config);
    await expect(runtime.preflight()).rejects.toThrow('OPENAI_API_KEY is not set, and openai:gpt-4.1-mini needs an API key.');
    expect(harness!.server.count()).toBe(0);
    await runtime.close();
  });
});
