import OpenAI from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import { createLoopbackServer } from './loopback-server.ts';
import type { LoopbackServer } from './loopback-types.ts';

let server: LoopbackServer;
afterEach(async () => {
  await server.close();
});

function client(options: { apiKey?: string } = {}) {
  return new OpenAI({ baseURL: server.url, apiKey: options.apiKey ?? 'sk-loopback', organization: null, project: null, maxRetries: 0 });
}

describe('loopback server with the openai client', () => {
  it('answers structured chat completions from the schema, with usage', async () => {
    server = await createLoopbackServer();
    const completion = await client().chat.completions.create({
      model: 'gpt-4.1-mini',
      messages: [{ role: 'user', content: 'Name a colour.' }],
      response_format: { type: 'json_schema', json_schema: { name: 'colour', strict: true, schema: { type: 'object', properties: { colour: { type: 'string' }, shade: { type: 'integer', minimum: 3 } }, required: ['colour', 'shade'] } } },
    });
    expect(completion.choices[0]?.message.content).toBe('{"colour":"colour example","shade":3}');
    expect(completion.usage).toEqual({ prompt_tokens: 4, completion_tokens: 10, total_tokens: 14 });
  });

  it('scripts faults and exposes Retry-After to the client', async () => {
    server = await createLoopbackServer({ chat: () => ({ fault: 'rate-limit', retryAfterSeconds: 7, retryAfterMs: 6500 }) });
    const error = await client()
      .chat.completions.create({ model: 'm', messages: [{ role: 'user', content: 'hi' }] })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.RateLimitError);
    expect((error as InstanceType<typeof OpenAI.RateLimitError>).headers.get('retry-after')).toBe('7');
    expect((error as InstanceType<typeof OpenAI.RateLimitError>).headers.get('retry-after-ms')).toBe('6500');
  });

  it('streams when asked, including a usage chunk', async () => {
    server = await createLoopbackServer({ chat: () => 'hello world' });
    const stream = await client().chat.completions.create({ model: 'm', messages: [{ role: 'user', content: 'hi' }], stream: true, stream_options: { include_usage: true } });
    const parts: string[] = [];
    let usage: unknown;
    for await (const chunk of stream) {
      parts.push(chunk.choices[0]?.delta.content ?? '');
      usage = chunk.usage ?? usage;
    }
    expect(parts.join('')).toBe('hello world');
    expect(usage).toEqual({ prompt_tokens: 1, completion_tokens: 3, total_tokens: 4 });
  });

  it('serves deterministic unit-length embeddings and lists models', async () => {
    server = await createLoopbackServer({ models: ['text-embedding-3-small'] });
    const first = await client().embeddings.create({ model: 'text-embedding-3-small', input: ['a', 'b'], dimensions: 5 });
    const second = await client().embeddings.create({ model: 'text-embedding-3-small', input: 'a', dimensions: 5 });
    expect(first.data[0]?.embedding).toEqual(second.data[0]?.embedding);
    expect(first.data[0]?.embedding).toHaveLength(5);
    expect(Math.hypot(...(first.data[1]?.embedding ?? []))).toBeCloseTo(1, 12);
    expect((await client().models.list()).data.map((model) => model.id)).toEqual(['text-embedding-3-small']);
    await expect(client().embeddings.create({ model: 'other', input: 'a' })).rejects.toThrow(/does not exist/);
  });

  it('rejects a wrong key and redacts the Authorization header in its records', async () => {
    server = await createLoopbackServer({ apiKey: 'sk-right' });
    await expect(client({ apiKey: 'sk-wrong' }).models.list()).rejects.toBeInstanceOf(OpenAI.AuthenticationError);
    await client({ apiKey: 'sk-right' }).models.list();
    expect(server.requests.map((request) => request.headers.authorization)).toEqual(['[redacted]', '[redacted]']);
    expect(JSON.stringify(server.requests)).not.toContain('sk-right');
  });
});
