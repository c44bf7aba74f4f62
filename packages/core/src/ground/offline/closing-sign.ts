import type { Sign } from '../../schemas/aspect.ts';
import { words } from '../../text/content-tokens.ts';
import { scoreSign } from './detect-sign.ts';

/** The longest sign-off read as a verdict on the whole critique ("Thanks!", "Great job.", "Please fix asap."). */
const maxClosingWords = 4;

export interface ClosingSign {
  /** The sign of the critique's sign-off, when it has a clear one. */
  sign: Sign | undefined;
  /** Indices of the clauses that form the sign-off. */
  indices: ReadonlySet<number>;
}

/**
 * The sign of a critique's closing praise, thanks or complaint: its last clause when that clause is short (at most
 * four words) and polar — "Thanks!", "Great job.", "muy bien", "👍" are praise; "Please fix.", "Do better.",
 * "Thanks anyway.", "👎" are complaint. A critique of one clause has no sign-off.
 */
export function closingSign(clauses: readonly string[], scoreClause: (clause: string) => number = scoreSign): ClosingSign {
  if (clauses.length < 2) return { sign: undefined, indices: new Set() };
  const index = clauses.length - 1;
  const last = clauses[index]!;
  if (words(last).length > maxClosingWords) return { sign: undefined, indices: new Set() };
  if (/\b(?:thanks|thank you|thx) anyway\b/iu.test(last)) return { sign: 'negative', indices: new Set([index]) };
  const score = scoreClause(last);
  if (score === 0) return { sign: undefined, indices: new Set() };
  return { sign: score > 0 ? 'positive' : 'negative', indices: new Set([index]) };
}
