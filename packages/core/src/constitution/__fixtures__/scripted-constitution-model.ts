import type { LanguageModelV4CallOptions, LanguageModelV4GenerateResult } from '@ai-sdk/provider';
import { MockLanguageModelV4 } from 'ai/test';

export function reply(text: string, inputTokens = 100, outputTokens = 20): LanguageModelV4GenerateResult {
  return {
    content: [{ type: 'text', text }],
    finishReason: { unified: 'stop', raw: 'stop' },
    usage: { inputTokens: { total: inputTokens, noCache: inputTokens, cacheRead: 0, cacheWrite: 0 }, outputTokens: { total: outputTokens, text: outputTokens, reasoning: 0 } },
    warnings: [],
  };
}

export function callText(call: LanguageModelV4CallOptions): { system: string; user: string } {
  const text = (role: string) =>
    call.prompt
      .filter((message) => message.role === role)
      .map((message) => (typeof message.content === 'string' ? message.content : message.content.map((part) => ('text' in part ? part.text : '')).join('')))
      .join('\n');
  return { system: text('system'), user: text('user') };
}

const block = (user: string, label: string) => new RegExp(`${label}:\\n<response>\\n([\\s\\S]*?)\\n</response>`).exec(user)?.[1] ?? '';

/**
 * A scripted stand-in for an LLM that "understands" keyword rules: it proposes `Select the response that
 * mentions <word>` for the planted words the selected text holds, votes a principle for the sample holding
 * its quoted word, and judges by the listed principles (or says "A" without them). `override` lets a test
 * break chosen calls.
 */
export function scriptedConstitutionModel(options: { plantedWords: readonly string[]; override?: (call: LanguageModelV4CallOptions, index: number) => LanguageModelV4GenerateResult | undefined }) {
  let index = 0;
  return new MockLanguageModelV4({
    doGenerate: async (call) => {
      const overridden = options.override?.(call, index++);
      if (overridden) return overridden;
      const { system, user } = callText(call);
      if (system.startsWith('You explain a pairwise preference')) {
        const selected = block(user, 'Selected response').toLowerCase();
        const words = options.plantedWords.filter((word) => selected.includes(word));
        return reply(JSON.stringify({ principles: [...words.map((word) => `Select the response that mentions "${word}"`), 'Select the response that is funnier'] }));
      }
      const first = block(user, 'Sample A').toLowerCase();
      const second = block(user, 'Sample B').toLowerCase();
      const pick = (principle: string) => {
        const word = /"([^"]+)"/.exec(principle)?.[1];
        if (!word) return 'None';
        const inFirst = first.includes(word);
        const inSecond = second.includes(word);
        return inFirst && inSecond ? 'Both' : inFirst ? 'A' : inSecond ? 'B' : 'None';
      };
      if (system.startsWith('You test principles')) {
        const principles = [...user.matchAll(/^(\d+)\. (.*)$/gm)].map((match) => ({ number: Number(match[1]), text: match[2]! }));
        return reply(JSON.stringify({ votes: principles.map((principle) => ({ principle: principle.number, choice: pick(principle.text) })) }));
      }
      const listed = [...system.matchAll(/^\d+\. (.*)$/gm)].map((match) => match[1]!);
      if (listed.length === 0) return reply(JSON.stringify({ preferred: 'A' }));
      const net = listed.reduce((sum, principle) => sum + (pick(principle) === 'A' ? 1 : pick(principle) === 'B' ? -1 : 0), 0);
      return reply(JSON.stringify({ preferred: net > 0 ? 'A' : net < 0 ? 'B' : 'cannot tell' }));
    },
  });
}
