import { contentTokens } from '../text/content-tokens.ts';
import { hasPlaceholderToken } from '../text/placeholder-tokens.ts';
import { sentimentWords, stopwords } from '../text/stopwords.ts';
import { toThirdPerson } from './third-person.ts';
import { baseForm } from './verb-forms.ts';
import {
  adverbs, ambiguousPast, assistantSubject, copula, englishWords, feelings, foreignWords, imperativeVerbs, instructionLead, intransitive,
  irregularPast, leadingFiller, negation, participleAdjectives, presentVerbs, prohibitionLead, qualitySubject, replyNouns, storySubject, verbFollowers, verdictLead, verdictWords, wishLead,
} from './clause-words.ts';

/**
 * What a critic's clause says the assistant did, read from its grammar (English only):
 * - `act`: a verb phrase whose subject is the assistant, said or left out ("ignored my order number", "it kept
 *   asking", "did not escalate"); `verb` is the base form, `rest` what follows in the third person.
 * - `instruction`: the critic tells the assistant what to do ("keep it short", "don't use emojis", "should have
 *   escalated").
 * - `quality`: something about the reply ("the answer was far too long", "steps didn't work").
 * - `trait`: a short phrase about the reply or the manner, no verb ("robotic tone", "no empathy", "very warm").
 * Undefined when the clause describes no behaviour of the assistant: the critic's own story or the product ("my
 * gaming chair stopped working after a week", "the blender arrived damaged"), a quote of the response, a
 * placeholder token, another language, or no content words.
 */
export type BehaviourReading =
  | { shape: 'act'; verb: string; rest: string; negated: boolean }
  | { shape: 'instruction'; verb: string; rest: string; negated: boolean }
  | { shape: 'quality'; subject: string; plural: boolean; verb: string; rest: string; negated: boolean }
  | { shape: 'trait'; phrase: string; absent: boolean; adjective: boolean };

/** Reads a behaviour clause (see `BehaviourReading`); undefined when it describes no behaviour of the assistant. */
export function readBehaviour(clause: string): BehaviourReading | undefined {
  const text = firstSegment(clause);
  if (!text || /["\u201C\u201D\u00AB\u00BB]/u.test(clause) || hasPlaceholderToken(clause) || isForeign(clause)) return undefined;
  let lower = text.replace(/^\p{Lu}/u, (letter) => letter.toLowerCase()).replace(leadingFiller, '');
  lower = lower.replace(verdictLead, '');
  if (feelings.test(lower)) return undefined;
  // "this answer is excellent because it provides …": the reason is the behaviour.
  const reason = /^(?:(?:this|the|that|its|your)\s+)?(?:answer|reply|response|passage|information|text)\s+(?:is|was|seems|looks)\s+((?:[\p{L}-]+\s+){0,3}?)(?:because|since|as)\s+(.+)$/u.exec(lower);
  if (reason && reason[1]!.trim().split(/\s+/u).every((word) => word === '' || sentimentWords.has(word) || stopwords.has(word) || verdictWords.has(word) || /^(?:excellent|acceptable|poor|unhelpful|helpful|useful|useless|irrelevant|relevant|incomplete|complete)$/u.test(word))) {
    return readBehaviour(reason[2]!.replace(/^(?:it|the answer|the passage|the response)\s+(?=\p{L})/u, ''));
  }
  // "loved the caring tone": the critic's verdict on a trait of the reply.
  const liked = /^(?:loved|liked|love|like|appreciated|appreciate|enjoyed|hated|disliked|hate)\s+(?!that\b|how\b|it\b|when\b)/u.exec(lower);
  if (liked) return traitOf(lower.slice(liked[0].length));
  const prohibited = prohibitionLead.exec(lower);
  if (prohibited) {
    const object = lower.slice(prohibited[0].length);
    const reading = verbPhrase(object, { instruction: true });
    // "never made me repeat myself" reports what happened: a past form after "never" is an act, not an order.
    if (reading && /^never\s/u.test(lower) && isPastForm(object.split(' ')[0]!)) return { ...reading, shape: 'act', negated: true };
    if (reading) return { ...reading, shape: 'instruction', negated: true };
    // "avoid jargon", "no more upsells": what to leave out.
    const told = thirdPersonRest(firstAct(object));
    if (/(?:avoid|stop|no more)\s+$/u.test(prohibited[0]) && told && contentTokens(told).length > 0 && told.split(' ').length <= 6) return { shape: 'instruction', verb: 'avoid', rest: told, negated: false };
    return undefined;
  }
  const wish = wishLead.exec(lower);
  if (wish) {
    const reading = verbPhrase(lower.slice(wish[0].length), { instruction: true });
    if (/^had to\s/u.test(wish[0])) return undefined;
    return reading && { ...reading, shape: 'instruction', negated: /\bnot\b/u.test(wish[0]) };
  }
  const lead = instructionLead.exec(lower)![0];
  const first = lower.slice(lead.length).split(' ')[0]!;
  if (imperativeVerbs.has(first) && (!isPastForm(first) || ambiguousPast.has(first))) {
    const reading = verbPhrase(lower.slice(lead.length), { instruction: true });
    if (reading) return { ...reading, shape: 'instruction', negated: false };
  }
  const subject = assistantSubject.exec(lower);
  const predicate = subject ? lower.slice(subject[0].length) : lower;
  const act = verbPhrase(predicate, { instruction: false });
  if (act) return act;
  if (subject) return undefined;
  const quality = qualityOf(lower);
  if (quality) return quality;
  if (storySubject.test(lower)) return undefined;
  return traitOf(lower);
}

/** The first sentence, and its first comma part when that holds a behaviour on its own; verdict tails dropped. */
function firstSegment(clause: string): string | undefined {
  const sentence = clause
    .replace(/\s+/gu, ' ')
    .trim()
    .split(/(?<=[.!?;])\s+|\s+[-–—]\s+/u)[0]!
    .replace(/[\s.,;:!?…]+$/u, '')
    .replace(/[\s,]+(?:th\p{L}*nk you|thanks|thx|ty|pls|please|lol)$/iu, '');
  const parts = sentence.split(/,\s+/u);
  const head = parts[0]!;
  const text = contentTokens(head).length >= 1 && head.split(' ').length >= 2 ? head : sentence;
  return contentTokens(text).length === 0 ? undefined : text;
}

function isForeign(text: string): boolean {
  const words = text.toLowerCase().split(/[^\p{L}']+/u).filter(Boolean);
  const foreign = words.filter((word) => foreignWords.has(word)).length;
  const english = words.filter((word) => englishWords.has(word)).length;
  if (foreign >= 2 && foreign > english) return true;
  return /[àâçéèêëîïôûùüÿñæœäößìóíá]/u.test(text) && english <= 1;
}

function isPastForm(word: string): boolean {
  return irregularPast.has(word) || (/^[\p{Ll}-]{3,}ed$/u.test(word) && !/eed$/u.test(word));
}

/** A verb phrase at the start of `text` (after adverbs and a negation), or undefined. */
function verbPhrase(text: string, options: { instruction: boolean }): Extract<BehaviourReading, { shape: 'act' | 'instruction' }> | undefined {
  let rest = text.replace(adverbs, '').replace(adverbs, '').replace(/^\p{L}{3,}ly\s+(?=\p{L}+(?:ed|s)\s)/u, '');
  const negated = negation.exec(rest);
  if (negated) rest = rest.slice(negated[0].length).replace(adverbs, '').replace(/^(?:really|specifically|explicitly|directly|fully|properly|actually|even|quite|entirely|clearly)\s+/u, '');
  // Emphatic "does answer the question": the verb is the one after "does".
  const emphatic = !negated && /^(?:does|did|do)\s+(?=\p{Ll}{3,})/u.exec(rest);
  if (emphatic && !/^(?:does|did|do)\s+(?:the|a|an|it|this|that|not|so|what|nothing|anything|everything)\b/u.test(rest)) rest = rest.slice(emphatic[0].length);
  const [word = '', ...others] = rest.split(' ');
  const next = others.join(' ');
  const verb = negated && /^[\p{Ll}-]{2,}$/u.test(word) && !/^(?:the|a|an|to|be)$/u.test(word) ? baseForm(word) : verbWord(word, next, { instruction: options.instruction });
  if (!verb) return undefined;
  let told = thirdPersonRest(firstAct(next));
  if (told === undefined) return undefined;
  let base = verb;
  let negative = negated !== null;
  // "makes no mention of the risks" → mention the risks (not); "gives no explanation" → give an explanation (not).
  if (/^no\s+\p{L}/u.test(told)) {
    negative = !negative;
    if (base === 'make' && /^no\s+mention\s+of\s+/u.test(told)) {
      base = 'mention';
      told = told.replace(/^no\s+mention\s+of\s+/u, '');
    } else told = told.replace(/^no\s+/u, base === 'give' || base === 'provide' || base === 'offer' || base === 'show' || base === 'include' ? 'any ' : '');
  }
  if (contentTokens(`${verb} ${told}`).length === 0 || (told.length === 0 && !intransitive.has(verb)) || /^(?:it|that|this|them|so|too)$/u.test(told)) return undefined;
  // "should be 32.25 kg not 13.25 kg": the critic's own answer, a fact restated, not a behaviour.
  if (verb === 'be' && /\d/u.test(told)) return undefined;
  return { shape: 'act', verb: base, rest: told, negated: negative };
}

function verbWord(word: string, next: string, options: { instruction: boolean }): string | undefined {
  if (!/^[\p{Ll}-]{2,}$/u.test(word) || /^(?:the|a|an|no|not|too|very|so|and|or|but|this|that|my|our|your|its|their)$/u.test(word)) return undefined;
  // "answers are bloated", "steps didn't work": a noun before its own verb.
  if (/^(?:are|were|is|was|do|don't|dont|did|didn't|didnt|does|doesn't|doesnt|have|had|has|can|could|should|would|will|won't|never)\b/u.test(next)) return undefined;
  if (/-\p{L}+ed$/u.test(word) && !/^(?:double|re|cross|pre|over|under|mis|co|fact|spell|spot)-/u.test(word)) return undefined;
  if (irregularPast.has(word) || presentVerbs.has(word)) return baseForm(word);
  if (/^(?:was|were|is|are|has|had|have)$/u.test(word)) return undefined;
  if (/ed$/u.test(word) && word.length >= 4 && !/eed$/u.test(word)) {
    if (participleAdjectives.has(word) && !verbFollowers.test(next)) return undefined;
    return baseForm(word);
  }
  if (/ing$/u.test(word) && word.length >= 5 && !/^(?:nothing|something|anything|everything|thing|things|morning|evening|during|string|bring|spring|ceiling|pudding|wedding|building|meaning|feeling|ending|setting|heading|warning|pricing|shipping|tracking|booking|listing|rating|timing|wording|reasoning|spelling)$/u.test(word)) return next.length === 0 || verbFollowers.test(next) ? baseForm(word) : undefined;
  if (options.instruction && (imperativeVerbs.has(word) || (next.length > 0 && verbFollowers.test(next) && !/s$/u.test(word)))) return word;
  return undefined;
}

/**
 * The object of the first verb only: cut before a second verb ("… and told me …"), before a second sentence run on
 * without punctuation ("… typed Psl fix asap", "… hints Ended up …"), and with order numbers made generic.
 */
function firstAct(rest: string): string {
  const runOn = splitRunOn(rest).split(/(?<=\p{Ll})\s+(?=(?:It|It's|Its|Ended|Psl|Pls|Please|Now|So|But|Then|Why|Honestly|Also|Thanks|Thank|Had|Never|Just|Seriously|Ugh|Sadly|Even|Great|Good|Nice|\p{Lu}\p{Ll}+ing)\b|(?:The|This|My|A)\s+\p{Ll})|\s+(?:and|but|so)\s+(?=(?:it|the bot|the assistant|never|not|didn't|did not|then)\s)/u)[0]!;
  const words = runOn.split(' ');
  const second = words.findIndex((word, index) => index > 0 && /^(?:and|annd|adn|nad|then|but)$/u.test(words[index - 1]!) && (isPastForm(word) || presentVerbs.has(word)));
  const kept = (second > 0 ? words.slice(0, second - 1).join(' ') : runOn)
    // Trailing verdicts and requests: "… into account incorrect", "… pelase fix".
    .replace(/\s+(?:should|must|would)\s+(?:be|have)\b.*$/u, '')
    .replace(/(?:(?:^|\s+)(?:please|pls|plz|pelase|pleas)\b.*|(?:(?:^|\s+)(?:incorrect|correct|wrong|right|ok|okay|nice|great|good|bad|lol|apparently|basically|obviously|clearly|probably|again and again))+)$/u, '');
  return kept.replace(/(?<!\S)(?:order\s+)?(?:#\s?|ord-|[a-z]-)?\d{4,}\b/giu, 'the order').replace(/\bthe order order\b/gu, 'the order');
}

/** A second sentence run on after a lower-case word, from a capitalised common word ("… it Correct answer", "… hints Ended up"). */
function splitRunOn(text: string): string {
  const words = text.split(' ');
  const at = words.findIndex((word, index) => {
    if (index === 0 || !/^\p{Lu}\p{Ll}+$/u.test(word) || !/\p{Ll}$/u.test(words[index - 1]!)) return false;
    const lower = word.toLowerCase();
    return stopwords.has(lower) || sentimentWords.has(lower) || verdictWords.has(lower) || imperativeVerbs.has(lower) || /ing$|ed$/u.test(lower);
  });
  return at > 0 ? words.slice(0, at).join(' ') : text;
}

/** The rest of a clause told of "the user"; cut before first-person wording that cannot be rewritten. */
function thirdPersonRest(rest: string): string | undefined {
  const told = toThirdPerson(rest);
  if (told !== undefined) return told.trim();
  const cut = rest.split(/\s+(?=(?:when|while|because|although|though|even though|after|before|since|but|which|and|so|as)\s)/u);
  for (let keep = cut.length - 1; keep >= 1; keep--) {
    const candidate = toThirdPerson(cut.slice(0, keep).join(' '));
    if (candidate !== undefined && contentTokens(candidate).length > 0) return candidate.trim();
  }
  return undefined;
}

function qualityOf(lower: string): BehaviourReading | undefined {
  const subject = qualitySubject.exec(lower);
  if (!subject) return undefined;
  const written = subject[1]!.replace(/^(?:its|it's|your|this|that|his|her|their)\s+/u, 'the ');
  const noun = /^(?:the|each|every|all|some)\s/u.test(written) ? written : `the ${written}`;
  const plural = /s$/u.test(noun) && !/(?:ss|us|is)$/u.test(noun) && !/\b(?:each|every)\b/u.test(noun);
  let predicate = lower.slice(subject[0].length);
  const be = copula.exec(predicate);
  if (be) {
    predicate = predicate.slice(be[0].length).split(/\s+and\s+(?:was|is|were|are)\s+|,\s+|\s+(?:because|since)\s+/u)[0]!;
    if (/^(?:no|not\s+(?:a|an|the|any))\s/u.test(predicate)) return undefined;
    const negated = /^(?:not|never)\s+/u.exec(predicate);
    const told = thirdPersonRest(predicate.replace(/^(?:not|never)\s+/u, ''));
    if (told === undefined || contentTokens(told).length === 0 || /\d/u.test(told)) return undefined;
    return { shape: 'quality', subject: noun, plural, verb: 'be', rest: told, negated: negated !== null };
  }
  const act = verbPhrase(predicate, { instruction: false });
  if (!act || /\d/u.test(act.rest)) return undefined;
  return { shape: 'quality', subject: noun, plural, verb: act.verb, rest: act.rest, negated: act.negated };
}

function traitOf(text: string): BehaviourReading | undefined {
  const lower = splitRunOn(text.replace(/\s+at all$/u, ''));
  const words = lower.split(' ');
  if (words.length > 4 || contentTokens(lower).length === 0 || /^(?:its|it's|it|this|that|there|these|those)\b/u.test(lower)) return undefined;
  if (/[\d=+*/]|\snot\s|\b(?:cannot|can|could|would|will|should|must)\b/u.test(lower) || /^(?:about|of|for|in|on|with|to|from|at|by|a|an)\s/u.test(lower)) return undefined;
  // "the tigers", "kg": a topic or a unit, not a trait of the reply.
  if ((/^the\s/u.test(lower) && !new RegExp(`${replyNouns}$`, 'u').test(lower)) || !words.some((word) => word.length >= 4)) return undefined;
  if (words.every((word) => verdictWords.has(word) || stopwords.has(word) || sentimentWords.has(word) || /\d/u.test(word))) return undefined;
  if (toThirdPerson(lower) === undefined || /\b(?:is|was|are|were|did|does|do|has|had|have|please|pls|plz|would|could|should|can|will)\b|n't\b|\b\p{L}+ly \p{L}+ed\b/u.test(lower)) return undefined;
  const absent = /^(?:no|zero|without|not(?=\s+(?:the|a|an|any)\s))\s+/u.exec(lower);
  const phrase = (absent ? lower.slice(absent[0].length) : lower).replace(/^(?:very|so|really|quite|super|extremely|rather|pretty|genuinely|incredibly)\s+/u, '');
  // "wrong option selected", "the coffee grinder arrived broken": a clause about something else, not a trait.
  if (phrase.split(' ').some((word, index) => index > 0 && (irregularPast.has(word) || presentVerbs.has(word) || (isPastForm(word) && !participleAdjectives.has(word))))) return undefined;
  const adjective = !absent && (/^(?:too|way too|far too|much too|overly|not)\s/u.test(phrase) || phrase.split(/\s+(?:and|&)\s+|,\s*/u).every((part) => /^[\p{L}-]+$/u.test(part) && isAdjectiveLike(part)));
  return { shape: 'trait', phrase: toThirdPerson(phrase)!, absent: absent !== null, adjective };
}

function isAdjectiveLike(word: string): boolean {
  return /(?:ful|ive|ous|al|ic|ent|ant|ble|ish|less|ed|y|ly|-winded|-free|-like|ary|ile)$/u.test(word) || /^(?:kind|warm|cold|rude|polite|short|long|brief|clear|vague|slow|fast|quick|direct|calm|concise|patient|friendly|formal|casual|human|robotic|generic|wordy|verbose|pushy|curt|blunt|terse|smart|shorter|longer|clearer|quicker|simpler|briefer|warmer|faster|slower)$/u.test(word);
}
