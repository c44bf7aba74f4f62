import { normaliseText } from '../../text/normalise-text.ts';
import type { TextSpan } from './split-clauses.ts';

/** Contrast words of English, French, Spanish, German and Italian that open the second half of a contrast. */
const contrastWords = String.raw`(?:but|however|although|though|yet|whereas|that said|on the other hand|even so|mais|cependant|pourtant|toutefois|par contre|pero|sin embargo|aunque|aber|jedoch|allerdings|trotzdem|ma|tuttavia|invece)`;
const inGap = new RegExp(String.raw`(?:^|[^\p{L}])${contrastWords}(?![\p{L}])`, 'u');
const atStart = new RegExp(String.raw`^${contrastWords}(?![\p{L}])`, 'u');

/**
 * True when clause `index` is joined to the clause before it by a contrast word: in the text between them
 * ("…, but …", ". However, …") or as the clause's own first word ("But the steps were wrong").
 */
export function contrastBefore(critique: string, clauses: readonly TextSpan[], index: number): boolean {
  const previous = clauses[index - 1];
  const current = clauses[index];
  if (!previous || !current) return false;
  const gap = normaliseText(critique.slice(previous.end, current.start));
  return inGap.test(gap) || atStart.test(normaliseText(critique.slice(current.start, current.end)));
}
