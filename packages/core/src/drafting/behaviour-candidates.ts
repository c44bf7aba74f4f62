import type { Aspect } from '../schemas/aspect.ts';
import { words } from '../text/content-tokens.ts';
import { hasPlaceholderToken } from '../text/placeholder-tokens.ts';
import { carriesSign } from './readable-order.ts';
import { readBehaviour, type BehaviourReading } from './read-behaviour.ts';

export interface BehaviourCandidate {
  aspect: Aspect;
  reading: BehaviourReading;
  /** Lower is better: representativeness first, then readability (see `behaviourCandidates`). */
  score: number;
}

export interface BehaviourCandidatesOptions {
  /** Words used once in the whole run (often typos); members without them are preferred. @default none */
  rareWords?: ReadonlySet<string>;
}

/**
 * The members of a cluster that describe something the assistant did (see `readBehaviour`), best first. `ranked` is
 * most representative first (closest to the centroid); each member scores its place in that order on a scale of
 * 0 to 10, plus penalties for what reads poorly as a rule or a name: a bare trait rather than an act (3), a clause
 * whose own words do not carry its sign (2), each rare word (2), more than 14 words (2), digits (3: order numbers and times make a poor name). Members that
 * describe no behaviour of the assistant (the critic's story, the product, a quote of the response, another language,
 * placeholder tokens) are left out, so a product complaint never becomes a rule or a name. Ties keep `ranked` order.
 */
export function behaviourCandidates(ranked: readonly Aspect[], options: BehaviourCandidatesOptions = {}): BehaviourCandidate[] {
  const { rareWords = new Set<string>() } = options;
  const scale = 10 / Math.max(1, ranked.length - 1);
  const candidates: BehaviourCandidate[] = [];
  ranked.forEach((aspect, index) => {
    if (hasPlaceholderToken(aspect.behaviour)) return;
    const reading = readBehaviour(aspect.behaviour);
    // A misspelt verb ("wlked", "rmeember") or opening word cannot be conjugated into a rule or a name.
    const clauseWords = words(aspect.behaviour);
    if (!reading || ('verb' in reading && rareWords.has(reading.verb)) || clauseWords.slice(0, 3).some((word) => rareWords.has(word))) return;
    const score =
      index * scale +
      (reading.shape === 'trait' ? 3 : 0) +
      (carriesSign(aspect) ? 0 : 2) +
      2 * clauseWords.filter((word) => rareWords.has(word)).length +
      (clauseWords.length > 14 ? 2 : 0) +
      (/\d/u.test(aspect.behaviour) ? 3 : 0);
    candidates.push({ aspect, reading, score });
  });
  return candidates.map((candidate, order) => ({ candidate, order })).sort((left, right) => left.candidate.score - right.candidate.score || left.order - right.order).map(({ candidate }) => candidate);
}
