import type { Rating } from '../../schemas/feedback.ts';
import type { Sign } from '../../schemas/aspect.ts';
import { normaliseText } from '../../text/normalise-text.ts';
import { words } from '../../text/content-tokens.ts';
import {
  acknowledgingPrefixes,
  inWordList,
  negativeWords,
  negators,
  positiveWords,
  prohibitiveOpeners,
  questionAdjectives,
  questionNouns,
  taskNouns,
  reportVerbPattern,
  requestOpeners,
  rightAdverbContext,
  thanksWords,
} from './sign-lexicon.ts';
import { scorePhrases } from './sign-phrases.ts';

const negationWindow = 3;
/** Below the threshold at which a clause decides its own sign: a rating, contrast or sign-off still overrides it. */
const reportLean = 0.75;
const reportedContent =
  /^(\W*(?:(?:it|this|the|that) )?(?:answer |response |passage |reply |article |information )?(?:also |even |clearly |directly |explicitly |specifically )?(?:says|states|explains|establishes|mentions|notes|clarifies|confirms|indicates|suggests|admits|acknowledges|tells (?:you|them|us|people|readers)|goes on to say)(?: that| why| how| whether| if)?)\b(?=\s).*$/u;
const contentReport =
  /^\W*(?:(?:it|this|the|that) )?(?:answer |response |passage |reply |article |information )?(?:also |even |clearly |directly |explicitly |specifically )?(?:provides|gives|includes|explains|describes|lists|covers|contains|mentions|discusses|talks about|offers|has|names|outlines|details|shows|lays out|clarifies|summari[sz]es|states|says that|tells|addresses|answers|directs|refers|recommends|defines|notes)\b/;
const quotedText = /"[^"\n]*"|\u201C[^\u201D\n]*\u201D|\u00AB[^\u00BB\n]*\u00BB|\u201E[^\u201C\u201D\n]*[\u201C\u201D]/gu;

/**
 * Scores how much a clause praises (> 0) or criticises (< 0) the assistant: praise and complaint words (flipped
 * when a negator precedes them within three words: "not helpful", "never made me repeat myself", "sin emojis"),
 * prohibitions and requests at the start ("don't use emojis", "stop …", "keep it short", "please …"),
 * "too …", "should have", "would have been nice", a leading "why", "??", thumbs emojis, and the phrase rules of
 * `sign-phrases.ts` (corrections, suggestions, omissions, the absence of the usual bad thing). Text the critic
 * quotes from the response is left out: its words are the response's, not the critic's verdict.
 */
export function scoreSign(clause: string): number {
  const unquoted = clause.replace(quotedText, ' … ');
  const text = normaliseText(unquoted)
    .replace(/'/g, '')
    .replace(/\b(?:(?:thanks|thank you|thx) anyway|not gonna lie|to be honest|not only)\b/g, ' ')
    // "free of emojis", "jargon-free": an absence, read like "without".
    .replace(/\bfree (?:of|from)\b/g, 'without')
    .replace(/\b([\p{L}]+)-free\b/gu, 'without $1')
    // What the answer says is reported, like a quote: "Says that food is not a vector" is no complaint.
    .replace(reportedContent, '$1 …');
  let score = 0;
  let leans = 0;
  // Negation reaches three words back, never across a comma or a bracket.
  for (const part of text.split(/[,;:()]/u)) {
    const tokens = words(part);
    tokens.forEach((token, index) => {
      let polarity = wordPolarity(tokens, index);
      if (polarity === 0) {
        // A negation that flips nothing still leans negative: "it never looked up my order".
        if (negators.has(token) && !tokens.slice(index + 1, index + 1 + negationWindow).some((_, offset) => wordPolarity(tokens, index + 1 + offset) !== 0)) leans -= 0.5;
        return;
      }
      const window = tokens.slice(Math.max(0, index - negationWindow), index);
      const negatorAt = window.findLastIndex((word) => negators.has(word));
      // "can't just invent policies" forbids, it does not negate; thanks stay thanks.
      const flips = negatorAt >= 0 && polarity !== -1.5 && !thanksWords.has(token) && !window.slice(negatorAt + 1).includes('just');
      if (flips) polarity = -polarity;
      score += polarity;
    });
  }

  const tokens = words(text);
  const [first, second] = tokens[0] === 'please' || tokens[0] === 'pls' || tokens[0] === 'plz' || tokens[0] === 'just' ? tokens.slice(1) : tokens;
  // "Answer clearly states …", "Reply was fine": the noun, not the imperative.
  const nounOpener = (first === 'answer' || first === 'reply') && second !== undefined && /(?:s|ly|ed)$|^(?:is|was|does|did|has|had)$/.test(second);
  const reported = (second !== undefined && reportVerbPattern.test(second)) || nounOpener;
  if (first && prohibitiveOpeners.has(first) && !reported) score -= 3;
  else if (first && requestOpeners.has(first) && !reported && !/^keep it up\b/.test(text)) score -= 1.5;
  if (/\b(?:please|pls|plz)\b/.test(text) && !/\bmore of this\b/.test(text)) score -= 0.5;
  // "Would have been nice" / "should have" report something missing, whatever praise words follow.
  if (/\bshould(?: have|ve) (?:\w+ed|been|known|given|told|said|done|gone|let|put|kept|made|taken|shown|read|written|seen|got|gotten|understood|found|sent|thought)\b|\b(?:would have been (?:nice|good|great|better)|wouldve been (?:nice|good|great|better))\b/.test(text)) score -= 3;
  // "X instead of Y" reports a miss, unless the clause opens with praise ("liked that it matched my tone instead of …")
  // or what was avoided is itself bad ("instead of guessing", "instead of the usual FAQ": phrase rules score those).
  else if (/\binstead of\b/.test(text)) {
    const avoided = avoidedThing(text);
    if (avoided === 'bad word') score += 2;
    else if (avoided === 'nothing bad' && !/^\W*(?:(?:and|also|but) )?(?:i )?(?:really )?(?:liked|loved|love|like|appreciated|glad|great|good|nice)\b/.test(text)) score -= 3;
  }
  if (/\b(?:not ok(?:ay)?|do better|read the room|come on)\b/.test(text)) score -= 1.5;
  // "no translator needed", "without having to ask twice": the absence of a chore is praise.
  if (/\b(?:no (?:\S+ ){0,2}(?:needed|necessary|required)|without (?:having|needing) to)\b/.test(text)) score += 2;
  if (/\b(?:keep it up|more of this|well done|good job|great job|walked me through|talked me through|went above)\b/.test(text)) score += 1.5;
  // A leading "why" or a bare "really?" is a complaint; "really empathetic" is an intensifier.
  if (/^\W*(?:why|how come|seriously)\b|^\W*really\W*$|^\W*really\s*[?!]/.test(text)) score -= 1.5;
  score += scorePhrases(text);
  if (/\?\?|!!|\?!/.test(unquoted)) score -= 1;
  // Emojis count only at the end, where they are the critic's reaction rather than a quote of the response.
  const trailing = /[\p{Extended_Pictographic}\u{FE0F}\u{200D}\s]*$/u.exec(clause)?.[0] ?? '';
  if (/\u{1F44E}|\u{1F644}|\u{1F621}|\u{1F620}|\u{1F92C}|\u{1F612}/u.test(trailing)) score -= 1.5;
  if (/\u{1F44D}|\u{1F64F}|\u2764|\u{1F60A}|\u{1F4AF}/u.test(trailing)) score += 1.5;
  // A plain report of what the answer contains ("Provides links to …", "It explains …") leans positive, even past
  // a negation that flips nothing ("Gives examples that work with or without a doctor").
  if (score === 0 && contentReport.test(text)) return reportLean;
  return score + leans;
}

/** A word's own polarity in context: ±1, −1.5 for "too", 0 when it only describes the question or a feeling the assistant recognised. */
function wordPolarity(tokens: readonly string[], index: number): number {
  const token = tokens[index]!;
  if (token === 'too' || token === 'trop' || token === 'demasiado' || token === 'troppo') return -1.5;
  if (inWordList(positiveWords, token)) {
    if (questionAdjectives.has(token) && questionNouns.has(tokens[index + 1] ?? '')) return 0;
    if (token === 'right' && rightAdverbContext.has(tokens[index + 1] ?? '')) return 0;
    // "I worked this out on paper": the critic's own work, not the reply's.
    if ((token === 'worked' || token === 'works') && ['i', 'we', 'ive'].includes(tokens[index - 1] ?? '')) return 0;
    return tokens.slice(Math.max(0, index - 3), index).some((word) => taskNouns.has(word)) ? 0 : 1;
  }
  if (inWordList(negativeWords, token)) {
    const before = tokens.slice(Math.max(0, index - 4), index);
    return before.some((word) => acknowledgingPrefixes.some((prefix) => word.startsWith(prefix))) ? 0 : -1;
  }
  return 0;
}

/** What "instead of" avoided: the usual thing (a phrase rule scores it), a bad thing ("instead of guessing"), or nothing bad. */
function avoidedThing(text: string): 'usual' | 'bad word' | 'nothing bad' {
  const after = /\binstead of\s+(.*)$/.exec(text)?.[1] ?? '';
  if (/^(?:the |a )?(?:usual|typical|standard)\b/.test(after)) return 'usual';
  return words(after).slice(0, 3).some((word) => inWordList(negativeWords, word)) ? 'bad word' : 'nothing bad';
}

/** The sign a rating implies: thumbs, or a non-positive number. Other numbers are on unknown scales. */
export function signFromRating(rating: Rating | undefined): Sign | undefined {
  if (rating === 'up') return 'positive';
  if (rating === 'down') return 'negative';
  if (typeof rating === 'number' && rating <= 0) return 'negative';
  return undefined;
}
