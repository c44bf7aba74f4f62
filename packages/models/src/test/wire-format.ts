import { createHash } from 'node:crypto';
import { exampleFromJsonSchema } from './example-from-json-schema.ts';
import type { ChatCompletionRequest } from './loopback-types.ts';

/** Fixed so that recorded replies are reproducible. */
export const fixedCreatedSeconds = 1_750_000_000;

export function messagesText(request: ChatCompletionRequest): string {
  return request.messages
    .map((message) => (typeof message.content === 'string' ? message.content : JSON.stringify(message.content)))
    .join('\n');
}

/** About four characters per token, like the estimator on the client side. */
export function tokenCount(text: string): number {
  return Math.ceil(text.length / 4);
}

/** The default reply: a value of the requested schema, or "ok". */
export function defaultContent(request: ChatCompletionRequest): string {
  const format = request.response_format;
  if (format?.type === 'json_schema') return JSON.stringify(exampleFromJsonSchema(format.json_schema?.schema, format.json_schema?.name ?? 'value'));
  if (format?.type === 'json_object') return '{}';
  return 'ok';
}

export function chatCompletionBody(request: ChatCompletionRequest, options: { id: string; content: string; finishReason: 'stop' | 'length' }) {
  const promptTokens = tokenCount(messagesText(request));
  const completionTokens = tokenCount(options.content);
  return {
    id: options.id,
    object: 'chat.completion',
    created: fixedCreatedSeconds,
    model: request.model,
    choices: [{ index: 0, message: { role: 'assistant', content: options.content, refusal: null }, logprobs: null, finish_reason: options.finishReason }],
    usage: { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens },
  };
}

/** Server-sent events for a streamed reply: one content chunk, the finish chunk, usage if asked, [DONE]. */
export function chatCompletionEvents(request: ChatCompletionRequest, options: { id: string; content: string; finishReason: 'stop' | 'length' }): string {
  const body = chatCompletionBody(request, options);
  const chunk = (choices: unknown[], extra: object = {}) => ({ id: options.id, object: 'chat.completion.chunk', created: fixedCreatedSeconds, model: request.model, choices, ...extra });
  const events = [
    chunk([{ index: 0, delta: { role: 'assistant', content: options.content }, finish_reason: null }]),
    chunk([{ index: 0, delta: {}, finish_reason: options.finishReason }]),
    ...(request.stream_options?.include_usage ? [chunk([], { usage: body.usage })] : []),
  ];
  return `${events.map((event) => `data: ${JSON.stringify(event)}\n\n`).join('')}data: [DONE]\n\n`;
}

/** A unit vector derived from the text's sha256: same text, same vector, on every run. */
export function deterministicEmbedding(text: string, dimensions: number): number[] {
  const values: number[] = [];
  for (let block = 0; values.length < dimensions; block++) {
    const digest = createHash('sha256').update(`${block}\u0000${text}`).digest();
    for (const byte of digest) {
      if (values.length === dimensions) break;
      values.push(byte / 127.5 - 1);
    }
  }
  const norm = Math.hypot(...values) || 1;
  return values.map((value) => value / norm);
}

export function errorBody(message: string, type: string, code: string | null) {
  return { error: { message, type, param: null, code } };
}
