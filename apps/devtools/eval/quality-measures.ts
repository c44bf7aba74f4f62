import { contentTokens, type Aspect, type Sign } from '@tenets/core';

/**
 * Figures `npm run eval` reports beside those of `drafting-quality.ts` (rules, behaviour phrases, definition fit), defined
 * here, outside the engine, so that they do not test the engine's own rules against themselves.
 */

/**
 * The critique-level sign of a grounding: the majority of its aspects' signs, negative on a tie (a critique that praises
 * as much as it complains still asks for a change). The same rule as core's `critiqueSign`, defined here again because
 * the baseline (main before issue 13) has none.
 */
export function critiqueSign(aspects: readonly Aspect[]): Sign | undefined {
  if (aspects.length === 0) return undefined;
  const positive = aspects.filter((aspect) => aspect.sign === 'positive').length;
  return positive > aspects.length - positive ? 'positive' : 'negative';
}

/**
 * A name fits its members when it shares a stemmed content word with the behaviour label most of its members carry,
 * or with that label's description in the fixture README (lenient: one shared word counts).
 */
export function nameFitsMajorityLabel(name: string, majorityLabel: string, description: string | undefined): boolean {
  const stems = (text: string) => new Set(contentTokens(text.replace(/-/gu, ' ')).map((token) => token.stem));
  const nameStems = stems(name);
  const labelStems = new Set([...stems(majorityLabel), ...stems(description ?? '')]);
  return [...nameStems].some((stem) => labelStems.has(stem));
}
