import type { LanguageModelV4CallOptions, LanguageModelV4GenerateResult } from '@ai-sdk/provider';
import { MockLanguageModelV4 } from 'ai/test';

function userText(call: LanguageModelV4CallOptions): string {
  return call.prompt
    .filter((message) => message.role === 'user')
    .map((message) => (typeof message.content === 'string' ? message.content : message.content.map((part) => ('text' in part ? part.text : '')).join('')))
    .join('\n');
}

function reply(value: unknown): LanguageModelV4GenerateResult {
  return {
    content: [{ type: 'text', text: JSON.stringify(value) }],
    finishReason: { unified: 'stop', raw: 'stop' },
    usage: { inputTokens: { total: 400, noCache: 400, cacheRead: 0, cacheWrite: 0 }, outputTokens: { total: 50, text: 50, reasoning: 0 } },
    warnings: [],
  };
}

/** A scripted model: a metric for the metric call, a principle for the principle call, ids taken from the members shown. */
export function scriptedDraftModel(): MockLanguageModelV4 {
  return new MockLanguageModelV4({
    doGenerate: async (call) => {
      const text = userText(call).replaceAll(/<(behaviour|critique)>[\s\S]*?<\/\1>/g, '');
      if (text.includes('Draft the principle')) {
        const shown = [...text.matchAll(/^(f\d+) \([+-]\)$/gm)].map((match) => match[1]);
        return reply({ text: 'The assistant should explain the refund policy in the customer’s language.', supportingFeedbackIds: shown.slice(0, 2) });
      }
      const shown = [...text.matchAll(/^(m\d+) \(([+-])\)$/gm)];
      return reply({
        name: 'Refund Explanation Quality',
        definition: 'Whether the refund policy is explained clearly and in the language the customer wrote in.',
        applicability: null,
        goodExampleIds: shown.filter((match) => match[2] === '+').map((match) => match[1]).slice(0, 1),
        badExampleIds: shown.filter((match) => match[2] === '-').map((match) => match[1]).slice(0, 1),
      });
    },
  });
}
