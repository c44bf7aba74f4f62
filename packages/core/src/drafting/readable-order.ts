import type { Aspect } from '../schemas/aspect.ts';
import { scoreSign } from '../ground/offline/detect-sign.ts';
import { words } from '../text/content-tokens.ts';

export interface ReadableOrderOptions {
  /** Words used once in the whole run (often typos: "wlked", "teh"). @default none */
  rareWords?: ReadonlySet<string>;
  /** Behaviours longer than this read poorly as a definition or principle. @default 24 */
  maxWords?: number;
}

/**
 * Candidate members for a definition or principle, the most readable first, otherwise in the given
 * (representativeness) order: short ones before long ones, then ones whose own words carry their sign (so a
 * praise filed as a complaint by the rating fallback is not quoted as a complaint), then ones without rare
 * words. Stable.
 */
export function readableOrder(candidates: readonly Aspect[], options: ReadableOrderOptions = {}): Aspect[] {
  const { rareWords = new Set<string>(), maxWords = 24 } = options;
  return candidates
    .map((aspect, index) => ({
      aspect,
      index,
      long: aspect.behaviour.split(/\s+/u).filter(Boolean).length > maxWords ? 1 : 0,
      unsure: carriesSign(aspect) ? 0 : 1,
      rare: words(aspect.behaviour).filter((word) => rareWords.has(word)).length,
    }))
    .sort((left, right) => left.long - right.long || left.unsure - right.unsure || left.rare - right.rare || left.index - right.index)
    .map(({ aspect }) => aspect);
}

/** True when the clause's own words give the aspect its sign, rather than the rating or the rest of the critique. */
export function carriesSign(aspect: Aspect): boolean {
  const score = scoreSign(aspect.evidence.critique.quote);
  return aspect.sign === 'positive' ? score > 0 : score < 0;
}
