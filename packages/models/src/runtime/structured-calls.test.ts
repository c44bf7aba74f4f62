import { generateStructured, mapConcurrent } from '@tenets/core';
import { afterEach, describe, expect, it } from 'vitest';
import { aspectListSchema, createModelHarness, type ModelHarness } from '../__fixtures__/model-harness.ts';
import type { ChatCompletionRequest } from '../test/loopback-types.ts';

let harness: ModelHarness;
afterEach(async () => {
  await harness.dispose();
});

const good = { aspects: [{ behaviour: 'cites sources', sign: 'positive', evidence: 'links' }] };

function ground(model: NonNullable<ReturnType<ModelHarness['runtime']>['languageModel']>, item: string) {
  return generateStructured({ model, schema: aspectListSchema, schemaName: 'aspects', instructions: 'List the behaviours the critique judges.', prompt: `<critique>${item}</critique>` });
}

const isRepair = (request: ChatCompletionRequest) => request.messages.length > 2;

describe('structured calls over HTTP (@ai-sdk/openai chat)', () => {
  it('sends a strict json_schema request and parses the reply', async () => {
    harness = await createModelHarness({ chat: () => ({ json: good }) });
    const runtime = harness.runtime();
    const result = await ground(runtime.languageModel!, 'item-1: great links');
    expect(result).toMatchObject({ success: true, value: good, attempts: 1 });
    expect(harness.server.requests).toHaveLength(1);
    const [request] = harness.server.requests;
    expect(request?.headers.authorization).toBe('[redacted]');
    expect(request?.body).toMatchInlineSnapshot(`
      {
        "messages": [
          {
            "content": "List the behaviours the critique judges.",
            "role": "system",
          },
          {
            "content": "<critique>item-1: great links</critique>",
            "role": "user",
          },
        ],
        "model": "gpt-4.1-mini",
        "response_format": {
          "json_schema": {
            "name": "aspects",
            "schema": {
              "$schema": "http://json-schema.org/draft-07/schema#",
              "additionalProperties": false,
              "properties": {
                "aspects": {
                  "items": {
                    "additionalProperties": false,
                    "properties": {
                      "behaviour": {
                        "type": "string",
                      },
                      "evidence": {
                        "type": "string",
                      },
                      "sign": {
                        "enum": [
                          "positive",
                          "negative",
                        ],
                        "type": "string",
                      },
                    },
                    "required": [
                      "behaviour",
                      "sign",
                      "evidence",
                    ],
                    "type": "object",
                  },
                  "type": "array",
                },
              },
              "required": [
                "aspects",
              ],
              "type": "object",
            },
            "strict": true,
          },
          "type": "json_schema",
        },
        "temperature": 0,
      }
    `);
  });

  it('uses the same wire format for OpenAI-compatible servers (ollama: spec)', async () => {
    harness = await createModelHarness({ chat: () => ({ json: good }) });
    const runtime = harness.runtime({ model: 'ollama:qwen2.5:7b' });
    const result = await ground(runtime.languageModel!, 'item-1');
    expect(result.success).toBe(true);
    expect(harness.server.requests[0]?.headers.authorization).toBeUndefined();
    expect(harness.server.requests[0]?.body).toMatchInlineSnapshot(`
      {
        "messages": [
          {
            "content": "List the behaviours the critique judges.",
            "role": "system",
          },
          {
            "content": "<critique>item-1</critique>",
            "role": "user",
          },
        ],
        "model": "qwen2.5:7b",
        "response_format": {
          "json_schema": {
            "name": "aspects",
            "schema": {
              "$schema": "http://json-schema.org/draft-07/schema#",
              "additionalProperties": false,
              "properties": {
                "aspects": {
                  "items": {
                    "additionalProperties": false,
                    "properties": {
                      "behaviour": {
                        "type": "string",
                      },
                      "evidence": {
                        "type": "string",
                      },
                      "sign": {
                        "enum": [
                          "positive",
                          "negative",
                        ],
                        "type": "string",
                      },
                    },
                    "required": [
                      "behaviour",
                      "sign",
                      "evidence",
                    ],
                    "type": "object",
                  },
                  "type": "array",
                },
              },
              "required": [
                "aspects",
              ],
              "type": "object",
            },
            "strict": true,
          },
          "type": "json_schema",
        },
        "temperature": 0,
      }
    `);
  });

  it('waits for Retry-After on 429 and retries 500s', async () => {
    harness = await createModelHarness({
      chat: (request, { attempt, text }) => {
        if (text.includes('rate') && attempt === 1) return { fault: 'rate-limit', retryAfterMs: 300 };
        if (text.includes('flaky') && attempt <= 2) return { fault: 'server-error', status: 503 };
        return { json: good };
      },
    });
    const events: string[] = [];
    const runtime = harness.runtime({}, { onEvent: (event) => events.push(event.type === 'model-retry' ? `${event.reason}:${event.delayMs}` : event.type) });
    const started = Date.now();
    const rate = await runtime.withStage('ground', () => ground(runtime.languageModel!, 'rate'));
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    const flaky = await runtime.withStage('ground', () => ground(runtime.languageModel!, 'flaky'));
    expect([rate.success, flaky.success]).toEqual([true, true]);
    // Full jitter with random 0.5: 5 ms, then 10 ms.
    expect(events).toEqual(['rate-limit:300', 'server:5', 'server:10']);
    expect(harness.server.count('/v1/chat/completions')).toBe(5);
    expect(runtime.meter.snapshot().stages.ground).toMatchObject({ calls: 2, networkCalls: 2, retries: 3, failedCalls: 0 });
  });

  it('gives up on a server that hangs after the per-call timeout and records the failure', async () => {
    harness = await createModelHarness({ chat: () => ({ fault: 'hang' }) });
    const runtime = harness.runtime({ timeoutMs: 150, maxAttempts: 2 });
    const result = await ground(runtime.languageModel!, 'item-1');
    expect(result).toMatchObject({ success: false, reason: 'api_error', message: 'openai:gpt-4.1-mini gave no reply within 150 ms (2 attempts).' });
    expect(harness.server.count('/v1/chat/completions')).toBe(2);
    expect(runtime.meter.snapshot().total).toMatchObject({ calls: 1, failedCalls: 1, retries: 1 });
  });

  it('repairs malformed JSON and schema violations once, then records the failure with the raw text', async () => {
    harness = await createModelHarness({
      chat: (request, { text }) => {
        if (text.includes('fixable')) return isRepair(request) ? { json: good } : { json: { aspects: [{ behaviour: 'x', sign: 'maybe' }] } };
        if (text.includes('broken')) return '{"aspects": [{"behaviour": "cut';
        return { json: { verdict: 'not the schema' } };
      },
    });
    const runtime = harness.runtime();
    const fixable = await ground(runtime.languageModel!, 'fixable');
    const broken = await ground(runtime.languageModel!, 'broken');
    const violating = await ground(runtime.languageModel!, 'violating');
    expect(fixable).toMatchObject({ success: true, attempts: 2 });
    expect(broken).toMatchObject({ success: false, reason: 'parse_error', rawText: '{"aspects": [{"behaviour": "cut', attempts: 2 });
    expect(violating).toMatchObject({ success: false, reason: 'parse_error', rawText: '{"verdict":"not the schema"}', attempts: 2 });
    // The repair request carries the bad reply and the reason.
    const repair = harness.server.requests[1]?.body as ChatCompletionRequest;
    expect(repair.messages.map((message) => message.role)).toEqual(['system', 'user', 'assistant', 'user']);
    expect(harness.server.count('/v1/chat/completions')).toBe(6);
  });

  it('treats truncated replies as failures and never caches them', async () => {
    harness = await createModelHarness({ chat: () => ({ fault: 'truncated' }) });
    const first = await ground(harness.runtime().languageModel!, 'item-1');
    expect(first).toMatchObject({ success: false, reason: 'truncated', attempts: 2 });
    expect(first.success === false && first.rawText).toMatchInlineSnapshot(`"{"aspects":[{"behaviour":"behaviour example","s"`);
    await ground(harness.runtime().languageModel!, 'item-1');
    expect(harness.server.count('/v1/chat/completions')).toBe(4);
  });

  it('records a malformed HTTP body as an API failure', async () => {
    harness = await createModelHarness({ chat: () => ({ fault: 'malformed-body' }) });
    const result = await ground(harness.runtime().languageModel!, 'item-1');
    expect(result).toMatchObject({ success: false, reason: 'api_error', rawText: undefined });
  });
});

describe('cache and resume', () => {
  const items = Array.from({ length: 24 }, (_, index) => `item-${index}`);
  const mixedHandler = (request: ChatCompletionRequest, context: { attempt: number; text: string }) => {
    const index = Number(/item-(\d+)/.exec(context.text)?.[1]);
    if (index % 6 === 1 && context.attempt === 1) return { fault: 'rate-limit' as const, retryAfterMs: 20 };
    if (index % 6 === 2) return isRepair(request) ? { json: good } : 'not json';
    if (index % 6 === 3) return { json: { wrong: true } };
    if (index % 6 === 4) return { fault: 'truncated' as const };
    return { json: good };
  };

  it('accounts for every item; a second run re-asks only the truncated replies', async () => {
    harness = await createModelHarness({ chat: mixedHandler, latencyMs: 5 });
    const first = harness.runtime();
    const results = await first.withStage('ground', () => mapConcurrent(items, first.stageConcurrency, (item) => ground(first.languageModel!, item)));
    const succeeded = results.filter((result) => result.success).length;
    const failed = results.filter((result) => !result.success).length;
    expect([succeeded, failed]).toEqual([16, 8]);
    expect(first.meter.snapshot().stages.ground).toMatchObject({ calls: 36, networkCalls: 36, cachedCalls: 0, failedCalls: 0, retries: 4 });
    const networkAfterFirst = harness.server.count('/v1/chat/completions');
    await first.close();

    const second = harness.runtime();
    const again = await second.withStage('ground', () => mapConcurrent(items, second.stageConcurrency, (item) => ground(second.languageModel!, item)));
    // Same outcomes; only the truncated replies (never cached) went out again: 4 items × 2 attempts.
    expect(again.map((result) => result.success)).toEqual(results.map((result) => result.success));
    expect(harness.server.count('/v1/chat/completions') - networkAfterFirst).toBe(8);
    expect(second.meter.snapshot().stages.ground).toMatchObject({ calls: 36, cachedCalls: 28, networkCalls: 8 });
  });

  it('re-running a finished run makes zero network calls', async () => {
    const noTruncation = (request: ChatCompletionRequest, context: { attempt: number; text: string }) =>
      Number(/item-(\d+)/.exec(context.text)?.[1]) % 6 === 4 ? { json: good } : mixedHandler(request, context);
    harness = await createModelHarness({ chat: noTruncation });
    const first = harness.runtime();
    const results = await mapConcurrent(items, first.stageConcurrency, (item) => ground(first.languageModel!, item));
    const networkAfterFirst = harness.server.count();
    const second = harness.runtime();
    const again = await mapConcurrent(items, second.stageConcurrency, (item) => ground(second.languageModel!, item));
    expect(harness.server.count()).toBe(networkAfterFirst);
    expect(again).toEqual(results);
    expect(second.meter.snapshot().total).toMatchObject({ networkCalls: 0, inputTokens: 0, costUsd: 0 });
  });

  it('a run aborted midway resumes without repeating any finished call', async () => {
    harness = await createModelHarness({ chat: () => ({ json: good }), latencyMs: 20 });
    const controller = new AbortController();
    const first = harness.runtime({ concurrency: 4 });
    let finished = 0;
    const run = mapConcurrent(
      items,
      first.stageConcurrency,
      async (item) => {
        const result = await generateStructured({ model: first.languageModel!, schema: aspectListSchema, instructions: 'List.', prompt: item, abortSignal: controller.signal });
        if (++finished === 10) controller.abort(new Error('Ctrl-C'));
        return result;
      },
      { abortSignal: controller.signal },
    );
    await expect(run).rejects.toThrow('Ctrl-C');
    await first.close();
    const bodies = () => harness.server.requests.map((request) => JSON.stringify(request.body));
    const firstRunBodies = bodies();
    expect(firstRunBodies.length).toBeGreaterThanOrEqual(10);
    expect(firstRunBodies.length).toBeLessThan(items.length);
    harness.server.clearRequests();

    const second = harness.runtime({ concurrency: 4 });
    const results = await mapConcurrent(items, second.stageConcurrency, (item) => generateStructured({ model: second.languageModel!, schema: aspectListSchema, instructions: 'List.', prompt: item }));
    expect(results.every((result) => result.success)).toBe(true);
    const repeated = bodies().filter((body) => firstRunBodies.includes(body));
    // Only calls cut off in flight may go out again; the 10 finished ones never do.
    expect(repeated.length).toBeLessThanOrEqual(firstRunBodies.length - 10);
    expect(second.meter.snapshot().total.cachedCalls).toBeGreaterThanOrEqual(10);
    expect(harness.server.requests.length + second.meter.snapshot().total.cachedCalls).toBe(items.length);
  });

  it('--no-cache neither reads nor writes the cache', async () => {
    harness = await createModelHarness({ chat: () => ({ json: good }) });
    await ground(harness.runtime().languageModel!, 'item-1');
    await ground(harness.runtime({ cache: false }).languageModel!, 'item-1');
    expect(harness.server.count('/v1/chat/completions')).toBe(2);
  });

  it('a different prompt version misses the cache', async () => {
    harness = await createModelHarness({ chat: () => ({ json: good }) });
    const runtime = harness.runtime();
    const { withCallScope } = await import('../meter/call-scope.ts');
    await ground(runtime.languageModel!, 'item-1');
    await withCallScope({ promptVersion: 'ground-v2' }, () => ground(runtime.languageModel!, 'item-1'));
    await ground(runtime.languageModel!, 'item-1');
    expect(harness.server.count('/v1/chat/completions')).toBe(2);
  });
});
