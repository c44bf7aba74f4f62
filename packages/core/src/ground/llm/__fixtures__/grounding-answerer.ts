import type { LanguageModelV4CallOptions } from '@ai-sdk/provider';
import { userText } from '../../../llm/__fixtures__/mock-replies.ts';

export type Verdict = { verdict: 'grounded' | 'ungroundable'; ungroundableReason: string | null; aspects: unknown[] };

/** The critiques a grounding prompt carries, keyed by in-prompt id (`single` for a one-critique prompt). */
export function critiquesInPrompt(call: LanguageModelV4CallOptions): Map<string, string> {
  const text = userText(call).split('\n---\n')[0]!;
  const critiques = new Map<string, string>();
  const headers = [...text.matchAll(/^Critique (c\d+)$/gm)];
  const critiqueOf = (section: string) => /<critique>\n([\s\S]*?)\n<\/critique>/.exec(section)?.[1] ?? '';
  if (headers.length === 0) {
    critiques.set('single', critiqueOf(text));
    return critiques;
  }
  headers.forEach((header, position) => {
    critiques.set(header[1]!, critiqueOf(text.slice(header.index, headers[position + 1]?.index ?? text.length)));
  });
  return critiques;
}

/** A plausible verdict for a critique: one negative aspect quoting it, or ungroundable for very short ones. */
export function simpleVerdict(critique: string): Verdict {
  if (critique.length <= 4) return { verdict: 'ungroundable', ungroundableReason: 'vague', aspects: [] };
  return {
    verdict: 'grounded',
    ungroundableReason: null,
    aspects: [{ behaviour: `Produced output criticised as: ${critique.slice(0, 40)}`, sign: 'negative', critiqueQuote: critique, responseQuote: null, stepIndex: null }],
  };
}

/**
 * Answers single and batched grounding prompts from `decide` (return undefined to leave a batched critique
 * unanswered). Returns the JSON text of the reply.
 */
export function answerGrounding(call: LanguageModelV4CallOptions, decide: (critique: string, critiqueId: string) => Verdict | undefined = simpleVerdict): string {
  const critiques = critiquesInPrompt(call);
  if (critiques.has('single')) return JSON.stringify(decide(critiques.get('single')!, 'single') ?? simpleVerdict(critiques.get('single')!));
  const results = [...critiques].flatMap(([critiqueId, critique]) => {
    const verdict = decide(critique, critiqueId);
    return verdict ? [{ critiqueId, ...verdict }] : [];
  });
  return JSON.stringify({ results });
}
