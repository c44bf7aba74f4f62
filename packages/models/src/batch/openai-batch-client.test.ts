import { afterEach, describe, expect, it } from 'vitest';
import { createLoopbackServer } from '../test/loopback-server.ts';
import type { LoopbackServer } from '../test/loopback-types.ts';
import { BatchNotFoundError } from './batch-status.ts';
import { createOpenAIBatchClient } from './openai-batch-client.ts';

let server: LoopbackServer;
afterEach(async () => {
  await server.close();
});

describe('createOpenAIBatchClient (openai package over HTTP)', () => {
  it('uploads, creates, polls to completion and downloads the output file', async () => {
    server = await createLoopbackServer({ chat: () => 'answer' });
    const client = createOpenAIBatchClient({ baseURL: server.url, apiKey: () => 'sk-batch', maxRetries: 0 });
    const line = JSON.stringify({ custom_id: 'r1', method: 'POST', url: '/v1/chat/completions', body: { model: 'gpt-4.1-mini', messages: [{ role: 'user', content: 'hi' }] } });
    const { batchId, inputFileId } = await client.submit(`${line}\n`, { tool: 'tenets' });
    const statuses = [];
    for (let poll = 0; poll < 3; poll++) statuses.push(await client.retrieve(batchId));
    expect(statuses.map((status) => status.status)).toEqual(['validating', 'in_progress', 'completed']);
    expect(statuses[2]).toMatchObject({ total: 1, completed: 1, failed: 0, errorFileId: undefined });
    const output = JSON.parse(await client.download(statuses[2]?.outputFileId ?? '')) as { custom_id: string; response: { status_code: number; body: { choices: Array<{ message: { content: string } }> } } };
    expect([output.custom_id, output.response.status_code, output.response.body.choices[0]?.message.content]).toEqual(['r1', 200, 'answer']);
    expect(server.requests.slice(0, 2).map((request) => [request.method, request.path, request.body])).toEqual([
      ['POST', '/v1/files', { purpose: 'batch', filename: 'tenets-requests.jsonl', bytes: line.length + 1 }],
      ['POST', '/v1/batches', { input_file_id: inputFileId, endpoint: '/v1/chat/completions', completion_window: '24h', metadata: { tool: 'tenets' } }],
    ]);
  });

  it('reports a batch the server does not know as BatchNotFoundError', async () => {
    server = await createLoopbackServer();
    const client = createOpenAIBatchClient({ baseURL: server.url, apiKey: () => undefined, maxRetries: 0 });
    await expect(client.retrieve('batch_404')).rejects.toBeInstanceOf(BatchNotFoundError);
  });
});
