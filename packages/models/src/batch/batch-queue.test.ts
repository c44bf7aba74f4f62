import { describe, expect, it } from 'vitest';
import { openModelStore } from '../cache/model-store.ts';
import type { ModelEvent } from '../events/model-event.ts';
import { BatchJournal } from './batch-journal.ts';
import { BatchQueue } from './batch-queue.ts';
import { BatchNotFoundError, type BatchClient, type BatchStatus } from './batch-status.ts';

/** An in-memory Batch API: batches complete on the second retrieve and echo each request's model. */
function fakeClient(options: { forget?: Set<string> } = {}) {
  const batches = new Map<string, { lines: Array<{ custom_id: string; body: { model: string } }>; polls: number }>();
  const log: string[] = [];
  const client: BatchClient = {
    async submit(jsonl) {
      const id = `batch_${batches.size + 1}`;
      batches.set(id, { lines: jsonl.trim().split('\n').map((line) => JSON.parse(line)), polls: 0 });
      log.push(`submit ${id}`);
      return { batchId: id, inputFileId: `file_${id}` };
    },
    async retrieve(batchId): Promise<BatchStatus> {
      log.push(`retrieve ${batchId}`);
      const batch = batches.get(batchId);
      if (!batch || options.forget?.has(batchId)) throw new BatchNotFoundError(batchId);
      batch.polls += 1;
      const done = batch.polls >= 2;
      return { id: batchId, status: done ? 'completed' : 'in_progress', total: batch.lines.length, completed: done ? batch.lines.length : 0, failed: 0, outputFileId: done ? `out_${batchId}` : undefined, errorFileId: undefined, errors: [] };
    },
    async download(fileId) {
      const batch = batches.get(fileId.replace('out_', ''));
      return (batch?.lines ?? []).map((line) => JSON.stringify({ custom_id: line.custom_id, response: { status_code: 200, body: { echo: line.body.model } } })).join('\n');
    },
  };
  return { client, log };
}

function post(queue: BatchQueue, model: string, signal?: AbortSignal) {
  return queue.fetch('http://server/v1/chat/completions', { method: 'POST', body: JSON.stringify({ model, messages: [] }), ...(signal ? { signal } : {}) });
}

describe('BatchQueue', () => {
  it('collects concurrent requests into one batch, dedupes identical bodies and answers each from its line', async () => {
    const { client, log } = fakeClient();
    const queue = new BatchQueue({ client, journal: new BatchJournal(openModelStore(':memory:')), baseURL: 'http://server/v1', idleMs: 5, pollIntervalMs: 1 });
    const responses = await Promise.all(['a', 'b', 'a'].map((model) => post(queue, model)));
    expect(await Promise.all(responses.map((response) => response.json()))).toEqual([{ echo: 'a' }, { echo: 'b' }, { echo: 'a' }]);
    expect(log).toEqual(['submit batch_1', 'retrieve batch_1', 'retrieve batch_1']);
    queue.close();
  });

  it('submits again when the server no longer knows a saved batch', async () => {
    const database = openModelStore(':memory:');
    const forget = new Set<string>();
    const { client, log } = fakeClient({ forget });
    const events: ModelEvent[] = [];
    const first = new BatchQueue({ client, journal: new BatchJournal(database), baseURL: 'http://server/v1', idleMs: 5, pollIntervalMs: 1000 });
    const controller = new AbortController();
    const pending = post(first, 'a', controller.signal);
    await new Promise((resolve) => setTimeout(resolve, 30));
    controller.abort(new Error('Ctrl-C'));
    await expect(pending).rejects.toThrow('Ctrl-C');
    first.close();
    forget.add('batch_1');

    const second = new BatchQueue({ client, journal: new BatchJournal(database), baseURL: 'http://server/v1', idleMs: 5, pollIntervalMs: 1, onEvent: (event) => events.push(event) });
    expect(await (await post(second, 'a')).json()).toEqual({ echo: 'a' });
    expect(log).toEqual(['submit batch_1', 'retrieve batch_1', 'retrieve batch_1', 'submit batch_2', 'retrieve batch_2', 'retrieve batch_2']);
    expect(events.map((event) => event.type)).toEqual(['batch-resumed', 'batch-submitted', 'batch-progress', 'batch-progress', 'batch-finished']);
    second.close();
  });

  it('passes other requests through and refuses streams', async () => {
    const { client } = fakeClient();
    const seen: string[] = [];
    const queue = new BatchQueue({
      client,
      journal: new BatchJournal(openModelStore(':memory:')),
      baseURL: 'http://server/v1',
      fetch: async (input) => {
        seen.push(String(input));
        return new Response('{}');
      },
    });
    await queue.fetch('http://server/v1/models', { method: 'GET' });
    const stream = await queue.fetch('http://server/v1/chat/completions', { method: 'POST', body: JSON.stringify({ model: 'a', stream: true }) });
    expect(seen).toEqual(['http://server/v1/models']);
    expect(stream.status).toBe(400);
    queue.close();
  });
});
