import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BatchSimulator } from './batch-simulator.ts';
import type { ChatCompletionRequest, LoopbackServer, LoopbackServerOptions, RecordedRequest } from './loopback-types.ts';
import { resolveChatReply } from './resolve-chat-reply.ts';
import { chatCompletionBody, chatCompletionEvents, deterministicEmbedding, errorBody, messagesText, tokenCount } from './wire-format.ts';

/**
 * An HTTP server on 127.0.0.1 (random port) that speaks the OpenAI wire format: chat completions
 * (structured output, streaming, scripted faults), embeddings, files, batches and models. Drive it
 * with the real `@ai-sdk/openai`, `@ai-sdk/openai-compatible` and `openai` clients.
 *
 * ```ts
 * const server = await createLoopbackServer({ chat: (request, { attempt }) => (attempt === 1 ? { fault: 'rate-limit', retryAfterMs: 50 } : undefined) });
 * const openai = createOpenAI({ baseURL: server.url, apiKey: 'test' });
 * ```
 */
export async function createLoopbackServer(options: LoopbackServerOptions = {}): Promise<LoopbackServer> {
  const requests: RecordedRequest[] = [];
  const seenBodies = new Map<string, number>();
  let callIndex = 0;
  let completionCounter = 0;

  const answer = async (request: ChatCompletionRequest, batch: boolean) => {
    const hash = createHash('sha256').update(JSON.stringify(request)).digest('hex');
    const attempt = (seenBodies.get(hash) ?? 0) + 1;
    seenBodies.set(hash, attempt);
    return resolveChatReply(options.chat, request, { callIndex: callIndex++, attempt, batch, text: messagesText(request) });
  };
  const batches = new BatchSimulator(options, (request, context) => answer(request, context.batch));

  const server = createServer((incoming, response) => {
    void handle(incoming, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, errorBody(error instanceof Error ? error.message : String(error), 'server_error', null));
    });
  });

  async function handle(incoming: IncomingMessage, response: ServerResponse): Promise<void> {
    const raw = await readBody(incoming);
    const url = new URL(incoming.url ?? '/', 'http://127.0.0.1');
    const contentType = incoming.headers['content-type'] ?? '';
    const isMultipart = contentType.startsWith('multipart/form-data');
    const form = isMultipart ? await new Request(url, { method: 'POST', headers: { 'content-type': contentType }, body: raw }).formData() : undefined;
    const json = !isMultipart && raw.length > 0 ? safeJson(raw.toString('utf8')) : undefined;
    const uploaded = form?.get('file');
    requests.push({
      method: incoming.method ?? 'GET',
      path: url.pathname,
      headers: recordHeaders(incoming),
      body: form ? { purpose: form.get('purpose'), filename: uploaded instanceof File ? uploaded.name : undefined, bytes: uploaded instanceof Blob ? uploaded.size : 0 } : json,
    });

    if (options.apiKey !== undefined && incoming.headers.authorization !== `Bearer ${options.apiKey}`) {
      return send(response, 401, errorBody('Incorrect API key provided.', 'invalid_request_error', 'invalid_api_key'));
    }
    const method = incoming.method ?? 'GET';
    const path = url.pathname.replace(/\/+$/, '');
    const model = (json as { model?: unknown } | undefined)?.model;
    if (typeof model === 'string' && options.models && !options.models.includes(model)) {
      return send(response, 404, errorBody(`The model \`${model}\` does not exist or you do not have access to it.`, 'invalid_request_error', 'model_not_found'));
    }

    if (method === 'POST' && path === '/v1/chat/completions') return chat(json as ChatCompletionRequest, response);
    if (method === 'POST' && path === '/v1/embeddings') return embeddings(json as { model: string; input: string | string[]; dimensions?: number }, response);
    if (method === 'GET' && path === '/v1/models') {
      return send(response, 200, { object: 'list', data: (options.models ?? []).map((id) => ({ id, object: 'model', created: 0, owned_by: 'loopback' })) });
    }
    if (method === 'POST' && path === '/v1/files' && form) {
      const content = uploaded instanceof Blob ? await uploaded.text() : String(uploaded ?? '');
      return send(response, 200, batches.fileObject(batches.addFile(uploaded instanceof File ? uploaded.name : 'upload', String(form.get('purpose') ?? ''), content)));
    }
    const fileMatch = /^\/v1\/files\/([^/]+)(\/content)?$/.exec(path);
    if (method === 'GET' && fileMatch) {
      const file = batches.files.get(fileMatch[1] ?? '');
      if (!file) return send(response, 404, errorBody('No such File object.', 'invalid_request_error', 'not_found'));
      if (!fileMatch[2]) return send(response, 200, batches.fileObject(file));
      response.writeHead(200, { 'content-type': 'application/octet-stream' });
      response.end(file.content);
      return;
    }
    if (method === 'POST' && path === '/v1/batches') return reply(response, batches.create(json as object));
    if (method === 'GET' && path === '/v1/batches') return send(response, 200, batches.list());
    const batchMatch = /^\/v1\/batches\/([^/]+)(\/cancel)?$/.exec(path);
    if (batchMatch && method === 'GET' && !batchMatch[2]) return reply(response, await batches.retrieve(batchMatch[1] ?? ''));
    if (batchMatch && method === 'POST' && batchMatch[2]) return reply(response, batches.cancel(batchMatch[1] ?? ''));
    send(response, 404, errorBody(`Unknown route ${method} ${path}`, 'invalid_request_error', 'unknown_url'));
  }

  async function chat(request: ChatCompletionRequest, response: ServerResponse): Promise<void> {
    await delay(options.latencyMs);
    const resolved = await answer(request, false);
    const id = `chatcmpl-${++completionCounter}`;
    if (resolved.kind === 'answer') {
      if (request.stream) {
        response.writeHead(200, { 'content-type': 'text/event-stream' });
        response.end(chatCompletionEvents(request, { id, content: resolved.content, finishReason: resolved.finishReason }));
        return;
      }
      return send(response, 200, chatCompletionBody(request, { id, content: resolved.content, finishReason: resolved.finishReason }));
    }
    const { fault } = resolved;
    switch (fault.fault) {
      case 'rate-limit': {
        const headers: Record<string, string> = {};
        if (fault.retryAfterSeconds !== undefined) headers['retry-after'] = String(fault.retryAfterSeconds);
        if (fault.retryAfterMs !== undefined) headers['retry-after-ms'] = String(fault.retryAfterMs);
        return send(response, 429, errorBody('Rate limit reached for requests.', 'requests', 'rate_limit_exceeded'), headers);
      }
      case 'server-error':
        return send(response, fault.status ?? 500, errorBody('The server had an error while processing your request.', 'server_error', null));
      case 'hang':
        return; // Left open: the client's timeout or abort ends it, or close().
      case 'malformed-body':
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end('{"id": "chatcmpl-broken", "choices": [{"message": {"content": "');
        return;
      case 'unauthorized':
        return send(response, 401, errorBody('Incorrect API key provided.', 'invalid_request_error', 'invalid_api_key'));
      case 'model-not-found':
        return send(response, 404, errorBody(`The model \`${request.model}\` does not exist.`, 'invalid_request_error', 'model_not_found'));
      case 'truncated':
        return; // Unreachable: resolveChatReply turns it into an answer.
    }
  }

  async function embeddings(request: { model: string; input: string | string[]; dimensions?: number }, response: ServerResponse): Promise<void> {
    await delay(options.latencyMs);
    const inputs = Array.isArray(request.input) ? request.input : [request.input];
    const dimensions = request.dimensions ?? options.embeddingDimensions ?? 8;
    const tokens = inputs.reduce((sum, text) => sum + tokenCount(text), 0);
    send(response, 200, {
      object: 'list',
      data: inputs.map((text, index) => ({ object: 'embedding', index, embedding: deterministicEmbedding(text, dimensions) })),
      model: request.model,
      usage: { prompt_tokens: tokens, total_tokens: tokens },
    });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    files: batches.files,
    count: (pathPrefix = '') => requests.filter((request) => request.path.startsWith(pathPrefix)).length,
    clearRequests: () => {
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function reply(response: ServerResponse, result: { status: number; body: unknown }): void {
  send(response, result.status, result.body);
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}

function recordHeaders(incoming: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value === undefined) continue;
    headers[name] = name === 'authorization' || name === 'api-key' ? '[redacted]' : Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

async function readBody(incoming: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function delay(ms: number | undefined): Promise<void> {
  return ms ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
