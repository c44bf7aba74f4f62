import type { Sign } from '../../../schemas/aspect.ts';
import { contentTokens } from '../../../text/content-tokens.ts';
import { toThirdPerson } from '../../../drafting/third-person.ts';

export interface WhetherClause {
  text: string;
  /** False when the behaviour could not be read as something the assistant did and is quoted instead. */
  paraphrased: boolean;
}

const replyNoun =
  /^(?:the|this|that|your|its)\s+((?:final |first |last |whole |closing |initial )?(?:reply|replies|answer|answers|response|responses|message|messages|tone|instructions|steps|summary|report|explanation|wording|language|search|query|queries|email|text|output|code|solution|link|links|suggestion|suggestions))\b/iu;
const possessive = /^(?:its|it's own|their)\s+/iu;
const itIs = /^(?:it's|it is|its)\s+(?=(?:not |never |way |far |much |too |so |very |a bit |overly |still )*\p{L})/iu;
const tooMuch = /^(?:(?:way|far|much|a bit|a little|slightly|overly)\s+)?too\b/iu;
/** "very empathetic", "super clear": a short intensified adjective describes the reply. */
const intensified = /^(?:very|so|really|quite|super|extremely|overly|rather|pretty|a bit|a little|somewhat|incredibly|genuinely)\s+\p{L}+$/iu;
/** The critic's verdict before what the assistant did: "liked that it verified …", "love how it …". */
const critiqueVerdict = /^(?:the user\s+)?(?:(?:really|also|just)\s+)?(?:liked|loved|love|like|appreciated?|enjoyed|hated|hate|disliked|dislike|glad|happy)\s+(?:that|how|the way)\s+(?:it|the bot|the assistant|the agent|you)\s+/iu;
const shouldHave = /^(?:should have|should've|shouldve)\s+/iu;
const gerund = /^(?:(?:constantly|always|keeps?|kept)\s+)?\p{L}{3,}ing\b/iu;
const auxiliary =
  /^(?:did|didn't|didnt|does|doesn't|doesnt|never|always|kept|keeps|was|wasn't|wasnt|is|isn't|isnt|has|hasn't|hasnt|had|hadn't|hadnt|couldn't|couldnt|can't|cant|cannot|wouldn't|wouldnt|won't|wont)\b(?!,)/iu;
/** Adverbs that may open a verb phrase ("also looks for …", "just ignored …"), never a comma ("finally, the …"). */
const openingAdverb = /^(?:just|also|only|completely|totally|actually|immediately|still|even|basically|clearly|simply|then|first|finally|again|repeatedly|quickly|correctly)\s+(?=\p{L})/iu;
const irregularPast =
  /^(?:gave|made|told|said|got|kept|put|sent|took|knew|went|found|felt|forgot|came|began|brought|bought|broke|chose|drove|ate|fell|held|hid|left|lost|meant|met|paid|ran|read|saw|sold|spent|stood|stuck|threw|understood|woke|won|wrote|let|set|quit|hit|cut|shut|spread)\b/iu;
const presentVerb =
  /^(?:uses|gives|asks|answers|replies|responds|keeps|makes|says|puts|sends|ignores|repeats|promises|pushes|sounds|feels|forgets|invents|quotes|offers|suggests|tries|remembers|escalates|transfers|explains|gets|goes|takes|tells|clicks|searches|checks|verifies|reports|loops|stops|skips|misses|opens|closes|picks|selects|handles|treats|assumes|insists|refuses|fails|lists|adds|talks|writes|reads|starts|ends|follows|breaks|respects|looks|finds|returns|calls|needs|does|shows|provides|includes|contains|omits|leaves|ignore[sd]?)\b/iu;

/**
 * "Whether the assistant …" from a behaviour in the critic's words, rewritten only where the grammar is
 * plain: a verb phrase follows "the assistant" ("ignored my order number" → "Whether the assistant ignored
 * the user's order number"), a reply noun takes the possessive ("its final answer was vague" → "Whether the
 * assistant's final answer was vague"), "too …" describes the reply, "should have X" becomes "X". Otherwise,
 * or when the critic speaks of themselves ("I …", "we …"), the behaviour is quoted: "Whether the assistant
 * shows what users described as “…”". Trailing verdicts (", great", ", loved it") are dropped first.
 */
export function whetherClause(behaviour: string, sign: Sign): WhetherClause {
  const text = withoutVerdictTail(behaviour.replace(/\s+/gu, ' ').replace(/[\s.,;:!]+$/u, '').trim());
  // Neutral wording: a clause's sign is a rule's guess, and a quote with the wrong verb ("avoids" praise) misleads.
  const quoted = (): WhetherClause => ({ text: `Whether the assistant shows what users described as “${text}”`, paraphrased: false });
  if (text.length === 0 || /["\u201C\u201D]/u.test(text)) return quoted();
  // "as soon as I asked" → "as soon as the user asked"; other first-person wording is kept as a quote.
  const thirdPerson = toThirdPerson(text);
  if (thirdPerson === undefined) return quoted();
  const lower = thirdPerson.replace(/^\p{Lu}(?=\p{Ll})/u, (letter) => letter.toLowerCase()).replace(critiqueVerdict, '');
  const reply = replyNoun.exec(lower);
  let clause: string | undefined;
  if (reply) clause = `Whether the assistant's ${lower.slice(reply[0].length - reply[1]!.length)}`;
  else if (possessive.test(lower)) clause = `Whether the assistant's ${lower.replace(possessive, '')}`;
  else if (itIs.test(lower)) clause = `Whether the assistant's reply is ${lower.replace(itIs, '')}`;
  else if (tooMuch.test(lower) || intensified.test(lower)) clause = `Whether the assistant's reply is ${lower}`;
  else if (shouldHave.test(lower)) clause = `Whether the assistant ${lower.replace(shouldHave, '')}`;
  else if (isVerbPhrase(lower.replace(openingAdverb, ''))) clause = `Whether the assistant ${lower}`;
  else if (gerund.test(lower) && !/^[^,]{0,24},/u.test(lower) && sign === 'negative') clause = `Whether the assistant avoids ${lower.replace(/^(?:constantly|always|keeps?|kept)\s+/iu, '')}`;
  if (!clause) return quoted();
  return { text: clause, paraphrased: true };
}

/** ", great", ", loved it", ", which was great": a trailing comma part with no content words is the verdict. */
function withoutVerdictTail(text: string): string {
  let current = text;
  for (;;) {
    const comma = current.lastIndexOf(',');
    if (comma <= 0) return current;
    const tail = current.slice(comma + 1).replace(/^\s*(?:which|that|and|this)\s+(?:was|is|felt|seemed|looked)\s+/iu, '');
    if (contentTokens(tail).length > 0) return current;
    current = current.slice(0, comma).trimEnd();
  }
}

function isVerbPhrase(text: string): boolean {
  return auxiliary.test(text) || irregularPast.test(text) || presentVerb.test(text) || /^[\p{Ll}-]{2,}(?<!e)ed\b(?!,)/u.test(text);
}
