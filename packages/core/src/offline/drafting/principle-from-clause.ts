import type { Sign } from '../../schemas/aspect.ts';

const prohibition = /^(?:(?:please|pls|plz)\s+)?(don'?t|do not|never)\s+(.+)$/isu;
const cessation = /^(?:(?:please|pls|plz)\s+)?(stop|quit|avoid)\s+(.+)$/isu;
const request =
  /^(?:(?:please|pls|plz|just)\s+)?(keep|give|check|let|make|use|answer|reply|respond|cut|trim|stick|read|look|tell|include|show|offer|ask|escalate|transfer|remember|apologi[sz]e|acknowledge|confirm|explain|link|quote)\s+(.+)$/isu;

/**
 * A principle sentence from a critique clause, rewritten only where the grammar is unambiguous:
 * "don't use emojis" → "The assistant should not use emojis.", "stop upselling" → "The assistant should stop
 * upselling.", "keep it short" → "The assistant should keep it short." Otherwise the clause is quoted as what
 * users criticised or praised: the offline engine does not paraphrase.
 */
export function principleFromClause(clause: string, sign: Sign): string {
  const text = clause.replace(/\s+/gu, ' ').replace(/[\s.,;:!]+$/u, '').trim();
  const prohibited = prohibition.exec(text);
  if (prohibited) return `The assistant should ${/^never$/iu.test(prohibited[1]!) ? 'never' : 'not'} ${prohibited[2]}.`;
  const ceased = cessation.exec(text);
  if (ceased) return `The assistant should ${ceased[1]!.toLowerCase()} ${ceased[2]}.`;
  const requested = request.exec(text);
  if (requested && sign === 'negative') return `The assistant should ${requested[1]!.toLowerCase()} ${requested[2]}.`;
  return sign === 'negative'
    ? `The assistant should avoid what users criticised as “${text}”.`
    : `The assistant should keep doing what users praised as “${text}”.`;
}
