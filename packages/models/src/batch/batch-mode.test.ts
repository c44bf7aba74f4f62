import { generateStructured, mapConcurrent } from '@tenets/core';
import { afterEach, describe, expect, it } from 'vitest';
import { aspectListSchema, createModelHarness, type ModelHarness } from '../__fixtures__/model-harness.ts';
import type { ModelEvent } from '../events/model-event.ts';
import type { ModelRuntime } from '../runtime/create-model-runtime.ts';
import type { ChatCompletionRequest, ChatHandler } from '../test/loopback-types.ts';

let harness: ModelHarness | undefined;
afterEach(async () => {
  await harness?.dispose();
  harness = undefined;
});

const good = { aspects: [{ behaviour: 'cites sources', sign: 'positive', evidence: 'links' }] };
const items = Array.from({ length: 8 }, (_, index) => `item-${index}`);
const batchSettings = { batch: true, batchPollIntervalMs: 10, batchIdleMs: 30 };

const scripted: ChatHandler = (request: ChatCompletionRequest, { text }) => {
  if (text.includes('item-3')) return request.messages.length > 2 ? { json: good } : { json: { aspects: 'none' } };
  if (text.includes('item-5')) return { fault: 'server-error' };
  if (text.includes('item-6')) return { fault: 'malformed-body' };
  return { json: good };
};

function groundAll(runtime: ModelRuntime, abortSignal?: AbortSignal) {
  return runtime.withStage('ground', () =>
    mapConcurrent(
      items,
      runtime.stageConcurrency,
      (item) => generateStructured({ model: runtime.languageModel!, schema: aspectListSchema, instructions: 'List the behaviours.', prompt: `<critique>${item}</critique>`, ...(abortSignal ? { abortSignal } : {}) }),
      abortSignal ? { abortSignal } : {},
    ),
  );
}

describe('batch mode', () => {
  it('runs every call through the Batch API and validates each result line like an interactive reply', async () => {
    harness = await createModelHarness({ chat: scripted });
    const events: ModelEvent[] = [];
    const runtime = harness.runtime(batchSettings, { onEvent: (event) => events.push(event) });
    expect(runtime.stageConcurrency).toBe(50_000);
    const results = await groundAll(runtime);

    expect(results.map((result) => (result.success ? `ok/${result.attempts}` : `${result.reason}/${result.attempts}`))).toEqual([
      'ok/1',
      'ok/1',
      'ok/1',
      'ok/2',
      'ok/1',
      'api_error/1',
      'api_error/1',
      'ok/1',
    ]);
    const failed = results[6];
    expect(failed?.success === false && failed.message).toMatch(/Batch batch_1: no result for this request, its result line was missing or unreadable \(1 unreadable line\)/);
    // First batch: all 8 items; second batch: the one repair. No interactive chat call at all.
    expect(harness.server.count('/v1/chat/completions')).toBe(0);
    expect(harness.server.requests.filter((request) => request.method === 'POST').map((request) => request.path)).toEqual(['/v1/files', '/v1/batches', '/v1/files', '/v1/batches']);
    expect(events.filter((event) => event.type === 'batch-submitted')).toEqual([
      { type: 'batch-submitted', batchId: 'batch_1', requests: 8 },
      { type: 'batch-submitted', batchId: 'batch_2', requests: 1 },
    ]);
    expect(events.filter((event) => event.type === 'batch-progress' && event.batchId === 'batch_1').map((event) => event.type === 'batch-progress' && event.status)).toEqual([
      'validating',
      'in_progress',
      'completed',
    ]);
    const uploaded = harness.server.files.get('file-1');
    expect(uploaded?.purpose).toBe('batch');
    const firstLine = JSON.parse(uploaded?.content.split('\n')[0] ?? '{}') as { custom_id: string; body: unknown };
    expect(firstLine.custom_id).toMatch(/^[0-9a-f]{64}$/);
    expect({ ...firstLine, custom_id: '<sha256>' }).toMatchInlineSnapshot(`
      {
        "body": {
          "messages": [
            {
              "content": "List the behaviours.",
              "role": "system",
            },
            {
              "content": "<critique>item-0</critique>",
              "role": "user",
            },
          ],
          "model": "gpt-4.1-mini",
          "response_format": {
            "json_schema": {
              "name": "response",
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
        },
        "custom_id": "<sha256>",
        "method": "POST",
        "url": "/v1/chat/completions",
      }
    `);
    // Billed at the Batch API discount: half of interactive gpt-4.1-mini prices.
    const ground = runtime.meter.snapshot().stages.ground!;
    expect(ground).toMatchObject({ calls: 9, networkCalls: 9, cachedCalls: 0 });
    expect(ground.costUsd).toBeCloseTo(((ground.inputTokens * 0.4 + ground.outputTokens * 1.6) / 1e6) * 0.5, 12);
  });

  it('resumes a restarted run by polling the saved batch instead of submitting again', async () => {
    harness = await createModelHarness({ chat: () => ({ json: good }), batchPollsPerStatus: 4 });
    const controller = new AbortController();
    const first = harness.runtime(batchSettings, {
      onEvent: (event) => {
        if (event.type === 'batch-progress') controller.abort(new Error('Ctrl-C'));
      },
    });
    await expect(groundAll(first, controller.signal)).rejects.toThrow('Ctrl-C');
    await first.close();
    expect(harness.server.count('/v1/batches')).toBeGreaterThanOrEqual(2);

    const events: ModelEvent[] = [];
    const second = harness.runtime(batchSettings, { onEvent: (event) => events.push(event) });
    const results = await groundAll(second);
    expect(results.every((result) => result.success)).toBe(true);
    const posts = harness.server.requests.filter((request) => request.method === 'POST').map((request) => request.path);
    expect(posts).toEqual(['/v1/files', '/v1/batches']);
    expect(events.filter((event) => event.type === 'batch-submitted' || event.type === 'batch-resumed')).toEqual([{ type: 'batch-resumed', batchId: 'batch_1' }]);

    // A third run is answered from the cache: no batch traffic at all.
    harness.server.clearRequests();
    const third = harness.runtime(batchSettings);
    expect((await groundAll(third)).every((result) => result.success)).toBe(true);
    expect(harness.server.requests).toEqual([]);
  });

  it('records every call of a failed batch as failed, and submits them again on the next run', async () => {
    harness = await createModelHarness({ batchOutcome: 'failed' });
    const results = await groundAll(harness.runtime(batchSettings));
    expect(results.every((result) => !result.success && result.reason === 'api_error')).toBe(true);
    expect(results[0]?.success === false && results[0].message).toContain('the batch ended "failed": invalid_request: The batch failed validation (scripted).');
    await groundAll(harness.runtime(batchSettings));
    expect(harness.server.requests.filter((request) => request.method === 'POST' && request.path === '/v1/batches')).toHaveLength(2);
  });
});
