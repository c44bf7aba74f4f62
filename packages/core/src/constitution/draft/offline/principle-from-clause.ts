import type { Sign } from '../../../schemas/aspect.ts';
import { toThirdPerson } from '../../../drafting/third-person.ts';

const prohibition = /^(?:(?:please|pls|plz)\s+)?(don'?t|do not|never)\s+(.+)$/isu;
const cessation = /^(?:(?:please|pls|plz)\s+)?(stop|quit|avoid)\s+(.+)$/isu;
/** Past forms after "never"/"don't" report what happened ("never made me repeat myself"), they forbid nothing. */
const reported = /^(?:\p{L}+(?<!e)ed|made|gave|said|told|got|kept|let|put|did|had|was|were|went|knew|took|sent|found|came|asked|felt)$/iu;
const request =
  /^(?:(?:please|pls|plz|just)\s+)?(keep|give|check|let|make|use|answer|reply|respond|cut|trim|stick|read|look|tell|include|show|offer|ask|escalate|transfer|remember|apologi[sz]e|acknowledge|confirm|explain|link|quote)\s+(.+)$/isu;

/**
 * A principle sentence from a critique clause, rewritten only where the grammar is unambiguous:
 * "don't use emojis" → "The assistant should not use emojis.", "stop upselling" → "The assistant should stop
 * upselling.", "keep it short" → "The assistant should keep it short." Otherwise the clause is quoted as what
 * users criticised or praised: the offline engine does not paraphrase. In a rewrite the critic becomes "the
 * user" ("stop asking for my email" → "… stop asking for the user's email"); a reported past ("never made me
 * repeat myself") is not an instruction and is quoted.
 */
export function principleFromClause(clause: string, sign: Sign): string {
  const text = clause.replace(/\s+/gu, ' ').replace(/[\s.,;:!]+$/u, '').trim();
  const instruction = instructionOf(text, sign);
  const told = instruction === undefined ? undefined : toThirdPerson(instruction);
  if (told !== undefined) return `The assistant should ${told}.`;
  return sign === 'negative'
    ? `The assistant should avoid what users criticised as “${text}”.`
    : `The assistant should keep doing what users praised as “${text}”.`;
}

/** What the clause tells the assistant to do, after "should": "not use emojis", "stop upselling", "keep it short". */
function instructionOf(text: string, sign: Sign): string | undefined {
  const prohibited = prohibition.exec(text);
  if (prohibited) {
    const never = /^never$/iu.test(prohibited[1]!);
    // "never made me repeat myself" reports; "never promise refunds" (a complaint) forbids.
    if (reported.test(prohibited[2]!.split(' ')[0]!) || (never && sign === 'positive')) return undefined;
    return `${never ? 'never' : 'not'} ${prohibited[2]}`;
  }
  const ceased = cessation.exec(text);
  if (ceased) return `${ceased[1]!.toLowerCase()} ${ceased[2]}`;
  const requested = request.exec(text);
  return requested && sign === 'negative' ? `${requested[1]!.toLowerCase()} ${requested[2]}` : undefined;
}
