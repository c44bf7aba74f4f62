import type { LanguageModelV4CallOptions, LanguageModelV4GenerateResult } from '@ai-sdk/provider';
import { MockEmbeddingModelV4, MockLanguageModelV4 } from 'ai/test';

export interface ScriptedCall {
  /** The JSON schema name of a structured call (`principle_scope`, `pair_verdict`, …); undefined for plain text. */
  schemaName: string | undefined;
  /** The user text of the call. */
  text: string;
  /** 0-based index over this model's calls. */
  index: number;
}

export type ScriptedAnswer = string | { json: unknown } | LanguageModelV4GenerateResult;

export function reply(text: string, finishReason: 'stop' | 'length' = 'stop'): LanguageModelV4GenerateResult {
  return {
    content: [{ type: 'text', text }],
    finishReason: { unified: finishReason, raw: finishReason },
    usage: { inputTokens: { total: 50, noCache: 50, cacheRead: 0, cacheWrite: 0 }, outputTokens: { total: 10, text: 10, reasoning: 0 } },
    warnings: [],
  };
}

export function userTextOf(call: LanguageModelV4CallOptions): string {
  return call.prompt
    .filter((message) => message.role === 'user')
    .map((message) => (typeof message.content === 'string' ? message.content : message.content.map((part) => ('text' in part ? part.text : '')).join('')))
    .join('\n---\n');
}

/** A mock model for one role, answering each call from `answer` (by schema name and user text). */
export function roleModel(modelId: string, answer: (call: ScriptedCall) => ScriptedAnswer): MockLanguageModelV4 {
  let index = 0;
  return new MockLanguageModelV4({
    provider: 'mock',
    modelId,
    doGenerate: async (call) => {
      const schemaName = call.responseFormat?.type === 'json' ? call.responseFormat.name : undefined;
      const result = answer({ schemaName, text: userTextOf(call), index: index++ });
      if (typeof result === 'string') return reply(result);
      if ('json' in result) return reply(JSON.stringify(result.json));
      return result;
    },
  });
}

/** The n in "Write n …" of a prompt-generation call. */
export function askedCount(text: string): number {
  return Number(/Write (\d+)/.exec(text)?.[1] ?? 1);
}

/** The text inside the last `<tag>…</tag>` block with that tag, or all of them. */
export function blocks(text: string, tag: string): string[] {
  return [...text.matchAll(new RegExp(`<${tag}>\\n([\\s\\S]*?)\\n</${tag}>`, 'g'))].map((match) => match[1]!);
}

const emoji = /\p{Extended_Pictographic}/u;

/**
 * Cooperative role models for "Never use emojis in emails to my boss": the policy adds an emoji to every
 * answer, the reviser removes it, the verifier says a response follows when it has no emoji, anchors are
 * left alone. `overrides` replaces a role's answer for some calls.
 */
export function emojiRoleModels(overrides: Partial<Record<'generator' | 'policy' | 'reviser' | 'verifier', (call: ScriptedCall) => ScriptedAnswer | undefined>> = {}) {
  const generator = roleModel('generator-1', (call) => {
    const custom = overrides.generator?.(call);
    if (custom !== undefined) return custom;
    switch (call.schemaName) {
      case 'principle_scope':
        return { json: { domain: 'emails the user writes to their boss', effect: 'use no emojis', polarity: 'avoid' } };
      case 'categories':
        return { json: { categories: Array.from({ length: askedCount(call.text.replace('List', 'Write').replace(' categories', '')) }, (_, index) => ({ name: `Category ${index + 1}`, description: `Work messages, kind ${index + 1}.` })) } };
      case 'in_scope_prompts':
      case 'near_scope_prompts': {
        const category = /Category: <behaviour>\n(Category \d+)/.exec(call.text)?.[1] ?? 'unknown';
        const kind = call.schemaName === 'in_scope_prompts' ? 'Write an email to my boss about' : 'Write a text to my friend about';
        const offset = blocks(call.text, 'prompt').length;
        return { json: { prompts: Array.from({ length: askedCount(call.text) }, (_, index) => `${kind} ${category.toLowerCase()} topic ${offset + index + 1}.`) } };
      }
      case 'out_of_scope_prompts': {
        const topic = /Topics: ([^,]+),/.exec(call.text)?.[1] ?? 'general';
        return { json: { prompts: Array.from({ length: askedCount(call.text) }, (_, index) => ({ topic, prompt: `Tell me something about ${topic}, question ${index + 1}.` })) } };
      }
      case 'principle_conflict':
        return { json: { overlap: false, opposed: false, explanation: 'Different domains.' } };
      default:
        return { json: {} };
    }
  });
  const policy = roleModel('policy-1', (call) => overrides.policy?.(call) ?? `Here you go 🙂 — an answer to: ${call.text}`);
  const reviser = roleModel('reviser-1', (call) => {
    const custom = overrides.reviser?.(call);
    if (custom !== undefined) return custom;
    const baseline = blocks(call.text, 'response')[0] ?? '';
    return { json: { explanation: 'The emoji goes.', revised: baseline.replace(/\s*\p{Extended_Pictographic}/gu, '') } };
  });
  const verifier = roleModel('verifier-1', (call) => {
    const custom = overrides.verifier?.(call);
    if (custom !== undefined) return custom;
    if (call.schemaName === 'anchor_verdicts') {
      const count = Number(/items a1 to a(\d+)/.exec(call.text)?.[1] ?? 0);
      return { json: { items: Array.from({ length: count }, (_, index) => ({ id: `a${index + 1}`, applies: false, reason: 'Not an email to the boss.' })) } };
    }
    const [first = '', second = ''] = blocks(call.text, 'response');
    return { json: { reasoning: 'Looked for emojis.', aFollows: !emoji.test(first), bFollows: !emoji.test(second) } };
  });
  return { generator, policy, reviser, verifier };
}

/** Embeddings from word counts over a fixed vocabulary: equal word sets → similarity 1. */
export function bagOfWordsEmbeddingModel(vocabulary: readonly string[]): MockEmbeddingModelV4 {
  return new MockEmbeddingModelV4({
    provider: 'mock',
    modelId: 'bag-of-words',
    maxEmbeddingsPerCall: 1000,
    doEmbed: async ({ values }) => ({
      embeddings: values.map((value) => {
        const tokens = value.toLowerCase().match(/\p{L}+/gu) ?? [];
        const vector = vocabulary.map((word) => tokens.filter((token) => token === word).length);
        return vector.some((entry) => entry > 0) ? vector : vocabulary.map((_, index) => (index === 0 ? 1e-6 : 0));
      }),
      usage: { tokens: values.length },
      warnings: [],
    }),
  });
}
