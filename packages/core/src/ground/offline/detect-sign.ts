import type { Rating } from '../../schemas/feedback.ts';
import type { Sign } from '../../schemas/aspect.ts';
import { words } from '../../text/content-tokens.ts';
import { inWordList, negativeWords, negators, positiveWords, prohibitiveOpeners, reportVerbPattern, requestOpeners } from './sign-lexicon.ts';

const negationWindow = 3;

/**
 * Scores how much a clause praises (> 0) or criticises (< 0) the assistant: praise and complaint words (flipped
 * when a negator precedes them within three words: "not helpful", "never made me repeat myself"),
 * prohibitions and requests at the start ("don't use emojis", "stop …", "keep it short", "please …"),
 * "too …", "should have", "would have been nice", a leading "why", "??" and thumbs emojis.
 */
export function scoreSign(clause: string): number {
  const text = clause.toLowerCase().replace(/\b(?:(?:thanks|thank you|thx) anyway|not gonna lie|to be honest)\b/g, ' ');
  let score = 0;
  // Negation reaches three words back, never across a comma or a bracket.
  for (const part of text.split(/[,;:()]/u)) {
    const tokens = words(part);
    tokens.forEach((token, index) => {
      let polarity = inWordList(positiveWords, token) ? 1 : inWordList(negativeWords, token) ? -1 : 0;
      if (token === 'too' || token === 'trop' || token === 'demasiado') polarity = -1.5;
      if (polarity === 0) {
        // A negation that flips nothing still leans negative: "it never looked up my order".
        if (negators.has(token) && !tokens.slice(index + 1, index + 1 + negationWindow).some(isPolar)) score -= 0.5;
        return;
      }
      const window = tokens.slice(Math.max(0, index - negationWindow), index);
      if (polarity !== -1.5 && window.some((word) => negators.has(word))) polarity = -polarity;
      score += polarity;
    });
  }

  const tokens = words(text);
  const [first, second] = tokens[0] === 'please' || tokens[0] === 'pls' || tokens[0] === 'plz' || tokens[0] === 'just' ? tokens.slice(1) : tokens;
  const reported = second !== undefined && reportVerbPattern.test(second);
  if (first && prohibitiveOpeners.has(first) && !reported) score -= 3;
  else if (first && requestOpeners.has(first) && !reported && !/^keep it up\b/.test(text)) score -= 1.5;
  if (/\b(?:please|pls|plz)\b/.test(text)) score -= 0.5;
  // "Would have been nice" / "should have" report something missing, whatever praise words follow.
  if (/\b(?:should have|should've|shouldve|would have been (?:nice|good|great|better)|would've been (?:nice|good|great|better))\b/.test(text)) score -= 3;
  // "X instead of Y" reports a miss, unless the clause opens with praise: "liked that it matched my tone instead of …".
  else if (/\binstead of\b/.test(text) && !/^\W*(?:i )?(?:really )?(?:liked|loved|love|like|appreciated|glad|great|good|nice)\b/.test(text)) score -= 3;
  if (/\b(?:not ok(?:ay)?|do better|read the room|come on)\b/.test(text)) score -= 1.5;
  // "no translator needed", "without having to ask twice": the absence of a chore is praise.
  if (/\b(?:no (?:\S+ ){0,2}(?:needed|necessary|required)|without (?:having|needing) to)\b/.test(text)) score += 2;
  if (/\b(?:keep it up|more of this|well done|good job|great job|walked me through|talked me through|went above)\b/.test(text)) score += 1.5;
  if (/^\W*(?:why|how come|seriously|really)\b/.test(text)) score -= 1.5;
  if (/\?\?|!!|\?!/.test(clause)) score -= 1;
  // Emojis count only at the end, where they are the critic's reaction rather than a quote of the response.
  const trailing = /[\p{Extended_Pictographic}\u{FE0F}\u{200D}\s]*$/u.exec(clause)?.[0] ?? '';
  if (/\u{1F44E}|\u{1F644}|\u{1F621}|\u{1F620}|\u{1F92C}|\u{1F612}/u.test(trailing)) score -= 1.5;
  if (/\u{1F44D}|\u{1F64F}|\u2764|\u{1F60A}|\u{1F4AF}/u.test(trailing)) score += 1.5;
  return score;
}

function isPolar(word: string): boolean {
  return inWordList(positiveWords, word) || inWordList(negativeWords, word) || word === 'too';
}

/** The sign a rating implies: thumbs, or a non-positive number. Other numbers are on unknown scales. */
export function signFromRating(rating: Rating | undefined): Sign | undefined {
  if (rating === 'up') return 'positive';
  if (rating === 'down') return 'negative';
  if (typeof rating === 'number' && rating <= 0) return 'negative';
  return undefined;
}

/** Decides a sign: the clause's own score, else the whole critique's, else the rating, else negative. */
export function decideSign(clauseScore: number, critiqueScore: number, rating: Rating | undefined): Sign {
  if (clauseScore !== 0) return clauseScore > 0 ? 'positive' : 'negative';
  const fromRating = signFromRating(rating);
  if (fromRating) return fromRating;
  if (critiqueScore !== 0) return critiqueScore > 0 ? 'positive' : 'negative';
  // Feedback logs are mostly complaints; an undecidable clause is more likely one.
  return 'negative';
}
