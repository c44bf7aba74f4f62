import type { LanguageModelV4CallOptions, LanguageModelV4GenerateResult } from '@ai-sdk/provider';
import { MockLanguageModelV4 } from 'ai/test';

export interface ReplyOptions {
  finishReason?: 'stop' | 'length' | 'content-filter';
  inputTokens?: number;
  outputTokens?: number;
}

/** A V4 `doGenerate` result carrying `text` (usually JSON). */
export function textReply(text: string, options: ReplyOptions = {}): LanguageModelV4GenerateResult {
  const { finishReason = 'stop', inputTokens = 100, outputTokens = 20 } = options;
  return {
    content: [{ type: 'text', text }],
    finishReason: { unified: finishReason, raw: finishReason },
    usage: {
      inputTokens: { total: inputTokens, noCache: inputTokens, cacheRead: 0, cacheWrite: 0 },
      outputTokens: { total: outputTokens, text: outputTokens, reasoning: 0 },
    },
    warnings: [],
  };
}

export function jsonReply(value: unknown, options: ReplyOptions = {}): LanguageModelV4GenerateResult {
  return textReply(JSON.stringify(value), options);
}

/** The system and user text of a recorded call, as one readable string for snapshots. */
export function promptText(call: LanguageModelV4CallOptions): string {
  return call.prompt
    .map((message) => {
      const content = typeof message.content === 'string' ? message.content : message.content.map((part) => ('text' in part ? part.text : `[${part.type}]`)).join('');
      return `### ${message.role}\n${content}`;
    })
    .join('\n');
}

/** The user text of a recorded call (what varies per item; the instructions are snapshotted once). */
export function userText(call: LanguageModelV4CallOptions): string {
  return call.prompt
    .filter((message) => message.role === 'user')
    .map((message) => (typeof message.content === 'string' ? message.content : message.content.map((part) => ('text' in part ? part.text : '')).join('')))
    .join('\n---\n');
}

/** Characters a provider would send for a call: every message plus the JSON schema of the answer. */
export function requestCharacters(call: LanguageModelV4CallOptions): number {
  const schema = call.responseFormat?.type === 'json' ? JSON.stringify(call.responseFormat.schema ?? {}) : '';
  return promptText(call).length + schema.length;
}

/** A model that answers each call with `answer(call)`, reporting ~4 request characters per input token. */
export function answeringModel(answer: (call: LanguageModelV4CallOptions, index: number) => LanguageModelV4GenerateResult | string): MockLanguageModelV4 {
  let index = 0;
  return new MockLanguageModelV4({
    doGenerate: async (call) => {
      const result = answer(call, index++);
      const inputTokens = Math.ceil(requestCharacters(call) / 4);
      if (typeof result === 'string') return textReply(result, { inputTokens, outputTokens: Math.ceil(result.length / 4) });
      return result;
    },
  });
}
