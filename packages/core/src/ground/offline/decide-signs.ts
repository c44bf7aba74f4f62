import type { Rating } from '../../schemas/feedback.ts';
import type { Sign } from '../../schemas/aspect.ts';
import { words } from '../../text/content-tokens.ts';
import { scoreSign, signFromRating } from './detect-sign.ts';
import { closingSign } from './closing-sign.ts';
import { contrastBefore } from './contrast-before.ts';
import { isCriticAnswer } from './is-critic-answer.ts';
import type { TextSpan } from './split-clauses.ts';

/** A clause whose own score reaches this decides its sign by itself. */
const ownThreshold = 1;
/** A clause this strong keeps its sign even against the rating of a critique no other clause explains. */
const againstRatingThreshold = 3;

export interface DecideSignsOptions {
  critique: string;
  /** Every clause of the critique, in order (`splitClauses`), kept or not: neighbours give context. */
  clauses: readonly TextSpan[];
  rating?: Rating | undefined;
  /** How much a clause praises (> 0) or criticises (< 0). @default scoreSign */
  scoreClause?: (clause: string) => number;
}

/**
 * The sign of each clause of a critique, read from the clause and the whole critique:
 * 1. a clause whose own words are clearly polar (|score| ≥ 1) keeps its sign;
 * 2. a clause without a clear sign of its own takes the critique's rating (thumbs) when it has one;
 * 3. else the opposite sign of its neighbour across a contrast word ("the tone was warm, but it kept asking for
 *    my order number": the second clause is the complaint) — unless that neighbour is the critic's own answer ("it
 *    said 12, but the correct answer is 11"), which makes this clause the complaint;
 * 4. else the critique's closing praise, thanks or complaint ("… Thanks!", "Great job.", "Please fix."), else its
 *    own faint lean, else the sum over the whole critique, else negative (feedback logs are mostly complaints);
 * 5. a rating no clause carries after that overrides every clause weaker than |score| 3: the critic's explicit
 *    verdict beats a faint reading of their words. A clear praise in a thumbs-down critique whose complaint is
 *    another clause stays praise.
 */
export function decideSigns(options: DecideSignsOptions): Sign[] {
  const { critique, clauses, rating, scoreClause = scoreSign } = options;
  const texts = clauses.map((span) => critique.slice(span.start, span.end));
  const scores = texts.map((text) => scoreClause(text));
  const own = scores.map((score): Sign | undefined => (Math.abs(score) >= ownThreshold ? (score > 0 ? 'positive' : 'negative') : undefined));
  const fromRating = signFromRating(rating);
  const closing = closingSign(texts, scoreClause);
  const total = scores.reduce((sum, score) => sum + score, 0);

  const signs = clauses.map((span, index): Sign => {
    const ownSign = own[index];
    if (ownSign) return ownSign;
    if (fromRating) return fromRating;
    // "It said 12, but the correct answer is 11": what a correction across the contrast corrects is the complaint.
    if (correctedAcross(critique, clauses, texts, index)) return 'negative';
    const across = contrastNeighbour(critique, clauses, own, index);
    if (across) return across === 'positive' ? 'negative' : 'positive';
    if (closing.sign) return closing.sign;
    if (scores[index] !== 0) return scores[index]! > 0 ? 'positive' : 'negative';
    if (total !== 0 && words(texts[index]!).length > 0) return total > 0 ? 'positive' : 'negative';
    return 'negative';
  });

  if (fromRating) {
    const carriers = signs.filter((sign, index) => sign === fromRating && !closing.indices.has(index)).length;
    if (carriers === 0) return signs.map((sign, index) => (Math.abs(scores[index]!) >= againstRatingThreshold ? sign : fromRating));
  }
  return signs;
}

/** True when the clause after a contrast word from clause `index` is the critic's own answer ("but the correct answer is 11"). */
function correctedAcross(critique: string, clauses: readonly TextSpan[], texts: readonly string[], index: number): boolean {
  return index + 1 < clauses.length && contrastBefore(critique, clauses, index + 1) && isCriticAnswer(texts[index + 1]!);
}

/** The clear sign of the clause across a contrast word from clause `index` (the one before, else the one after). */
function contrastNeighbour(critique: string, clauses: readonly TextSpan[], own: ReadonlyArray<Sign | undefined>, index: number): Sign | undefined {
  if (index > 0 && own[index - 1] && contrastBefore(critique, clauses, index)) return own[index - 1];
  if (index + 1 < clauses.length && own[index + 1] && contrastBefore(critique, clauses, index + 1)) return own[index + 1];
  return undefined;
}
