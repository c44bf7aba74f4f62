import type { LanguageModelV4CallOptions, LanguageModelV4GenerateResult } from '@ai-sdk/provider';
import { MockLanguageModelV4 } from 'ai/test';

/** A V4 result carrying `text`, with fixed token counts. */
export function textReply(text: string, finishReason: 'stop' | 'length' = 'stop'): LanguageModelV4GenerateResult {
  return {
    content: [{ type: 'text', text }],
    finishReason: { unified: finishReason, raw: finishReason },
    usage: { inputTokens: { total: 10, noCache: 10, cacheRead: 0, cacheWrite: 0 }, outputTokens: { total: 5, text: 5, reasoning: 0 } },
    warnings: [],
  };
}

/** The user text of a call (the part that varies per item). */
export function userText(call: LanguageModelV4CallOptions): string {
  return call.prompt
    .filter((message) => message.role === 'user')
    .map((message) => (typeof message.content === 'string' ? message.content : message.content.map((part) => ('text' in part ? part.text : '')).join('')))
    .join('\n---\n');
}

/** The system instructions of a call. */
export function systemText(call: LanguageModelV4CallOptions): string {
  return call.prompt.filter((message) => message.role === 'system').map((message) => String(message.content)).join('\n');
}

/** A mock model whose reply is computed from the call (a JSON value, or raw text for malformed replies). */
export function scriptedModel(answer: (call: LanguageModelV4CallOptions) => unknown): MockLanguageModelV4 {
  return new MockLanguageModelV4({
    provider: 'mock',
    modelId: 'scripted',
    doGenerate: async (call) => {
      const value = answer(call);
      return textReply(typeof value === 'string' ? value : JSON.stringify(value));
    },
  });
}
