import type { Sign } from '../../schemas/aspect.ts';
import { words } from '../../text/content-tokens.ts';
import { scoreSign } from './detect-sign.ts';

/** The longest opening or sign-off read as a verdict on the whole critique ("Overall not great.", "Would not trust it with this yet."). */
const maxVerdictWords = 7;
const maxSignOffWords = 3;
const thanksOnly = /^\W*(?:thanks|thank you|thx|ty|cheers|merci(?: beaucoup)?|gracias|danke(?: schon)?|grazie(?: mille)?)\W*$/iu;

export interface ClosingSign {
  /** The sign of the critique's verdict, when it has a clear one. */
  sign: Sign | undefined;
  /** The verdict's index when it is a bare sign-off (three words at most: "Thanks!", "Please fix."), which names no behaviour. */
  indices: ReadonlySet<number>;
}

/**
 * The sign of a critique's own verdict: its sign-off or its opening, when that clause is short (at most seven
 * words) and polar — "Thanks!", "Great job.", "muy bien", "👍", "Pretty good run overall." are praise; "Please
 * fix.", "Do better.", "Thanks anyway.", "Overall not great.", "👎" are complaint. A verdict beats bare thanks
 * ("Overall not great. … Thanks." is a complaint), and a sign-off beats an opening. A critique of one clause has
 * no verdict apart from itself.
 */
export function closingSign(clauses: readonly string[], scoreClause: (clause: string) => number = scoreSign): ClosingSign {
  if (clauses.length < 2) return { sign: undefined, indices: new Set() };
  const verdicts = [clauses.length - 1, 0]
    .map((index) => ({ index, ...verdictOf(clauses[index]!, scoreClause) }))
    .filter((verdict): verdict is { index: number; sign: Sign; thanks: boolean } => verdict.sign !== undefined);
  const chosen = verdicts.find((verdict) => !verdict.thanks) ?? verdicts[0];
  if (!chosen) return { sign: undefined, indices: new Set() };
  return { sign: chosen.sign, indices: new Set(words(clauses[chosen.index]!).length <= maxSignOffWords ? [chosen.index] : []) };
}

function verdictOf(clause: string, scoreClause: (clause: string) => number): { sign: Sign | undefined; thanks: boolean } {
  if (words(clause).length > maxVerdictWords) return { sign: undefined, thanks: false };
  if (/\b(?:thanks|thank you|thx) anyway\b/iu.test(clause)) return { sign: 'negative', thanks: false };
  const score = scoreClause(clause);
  if (score === 0) return { sign: undefined, thanks: false };
  return { sign: score > 0 ? 'positive' : 'negative', thanks: thanksOnly.test(clause) };
}
