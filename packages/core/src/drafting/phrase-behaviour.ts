import type { Sign } from '../schemas/aspect.ts';
import type { BehaviourReading } from './read-behaviour.ts';
import { thirdPersonForm } from './verb-forms.ts';

export interface Rule {
  /** An imperative sentence without the final full stop: "Answer in the user's language", "Do not ignore the order number". */
  text: string;
  /** `do`: what to do; `avoid`: what not to do. */
  polarity: 'do' | 'avoid';
}

/** Nouns of feelings and attitudes: one shows them ("Show empathy") rather than uses them. */
const shown = /^(?:empathy|compassion|understanding|patience|care|interest|respect|warmth|effort|sympathy|initiative|kindness|concern|humanity|personality|emotion|emotions)$/u;

/**
 * The rule a clause stands for, given whether the critic praised or criticised it: a praised act is to be done
 * ("used the order number" → "Use the order number"), a criticised one not ("ignored my order number" → "Do not
 * ignore the user's order number"), a criticised omission is to be done ("did not escalate" → "Escalate"); the
 * critic's own order is kept ("keep it short"); a quality of the reply is kept or avoided ("Do not make the answer
 * far too long"); a trait is shown or avoided ("Show empathy", "Avoid robotic tone").
 */
export function ruleOf(reading: BehaviourReading, sign: Sign): Rule {
  switch (reading.shape) {
    case 'act':
    case 'instruction': {
      const wanted = reading.shape === 'instruction' ? !reading.negated : (sign === 'positive') !== reading.negated;
      // "had empathy" → "Show empathy": one shows a feeling rather than has it.
      const verb = reading.verb === 'have' && shown.test(reading.rest.split(' ').pop() ?? '') ? 'show' : reading.verb;
      const rest = wanted && reading.negated ? reading.rest.replace(/\banything\b/u, 'everything').replace(/\s+at all$/u, '') : reading.rest;
      const phrase = join(verb, rest);
      return wanted ? { text: capitalise(phrase), polarity: 'do' } : { text: `Do not ${phrase}`, polarity: 'avoid' };
    }
    case 'quality': {
      const wanted = (sign === 'positive') !== reading.negated;
      if (reading.verb === 'be') return wanted ? { text: `${sign === 'positive' ? 'Keep' : 'Make'} ${reading.subject} ${reading.rest}`, polarity: 'do' } : { text: `Do not make ${reading.subject} ${reading.rest}`, polarity: 'avoid' };
      const verb = reading.plural ? reading.verb : thirdPersonForm(reading.verb);
      return wanted
        ? { text: `Make sure ${reading.subject} ${join(verb, reading.rest)}`, polarity: 'do' }
        : { text: `Make sure ${reading.subject} ${reading.plural ? 'do' : 'does'} not ${join(reading.verb, reading.rest)}`, polarity: 'avoid' };
    }
    case 'trait': {
      if (reading.adjective) {
        const adjective = reading.phrase.replace(/^not\s+/u, '');
        const wanted = (sign === 'positive') !== /^not\s/u.test(reading.phrase);
        return wanted ? { text: `Be ${adjective}`, polarity: 'do' } : { text: `Do not be ${adjective}`, polarity: 'avoid' };
      }
      const head = reading.phrase.split(' ').pop()!;
      const wanted = (sign === 'positive') !== reading.absent;
      const phrase = withArticle(reading.phrase);
      if (!wanted) return { text: reading.absent ? `Leave out ${phrase}` : `Avoid ${phrase}`, polarity: 'avoid' };
      return { text: `${traitVerb(head, reading.absent)} ${phrase}`, polarity: 'do' };
    }
  }
}

/**
 * The behaviour as a metric name, in the third person, without negation (a metric scores both ways): "Ignores the
 * user's order number", "Escalates to a human", "Answer is far too long", "Shows empathy", "Is long-winded". At most
 * `maxWords` words, cut before a subordinate part.
 */
export function behaviourPhrase(reading: BehaviourReading, maxWords = 8): string {
  return languages(capitalise(shorten(thirdPersonPhrase(reading), maxWords)));
}

/** A rule sentence of at most `maxWords` words (cut before a subordinate part), with a full stop. */
export function ruleSentence(rule: Rule, maxWords = 16): string {
  return `${languages(shorten(rule.text, maxWords))}.`;
}

/** "Whether the assistant ignores the user's order number", "Whether the assistant's answer is far too long". */
export function whetherSentence(reading: BehaviourReading): string {
  return languages(whetherCore(reading));
}

function whetherCore(reading: BehaviourReading): string {
  if (reading.shape === 'quality' && /^(?:each|every|all|some)\s/u.test(reading.subject)) return `Whether, in the assistant's reply, ${reading.subject} ${join(verbFor(reading), reading.rest)}`;
  if (reading.shape === 'quality') return `Whether the assistant's ${reading.subject.replace(/^the\s+/u, '')} ${join(verbFor(reading), reading.rest)}`;
  if (reading.shape === 'trait' && reading.adjective) return `Whether the assistant's reply is ${reading.phrase}`;
  return `Whether the assistant ${thirdPersonPhrase(reading).replace(/^\p{Lu}/u, (letter) => letter.toLowerCase())}`;
}

function thirdPersonPhrase(reading: BehaviourReading): string {
  switch (reading.shape) {
    case 'act':
    case 'instruction':
      return join(thirdPersonForm(reading.verb === 'have' && shown.test(reading.rest.split(' ').pop() ?? '') ? 'show' : reading.verb), reading.rest);
    case 'quality':
      return join(`${reading.subject.replace(/^the\s+/u, '')} ${verbFor(reading)}`, reading.rest);
    case 'trait': {
      if (reading.adjective) return `is ${reading.phrase.replace(/^not\s+/u, '')}`;
      return `${thirdPersonForm(traitVerb(reading.phrase.split(' ').pop()!, false).toLowerCase())} ${withArticle(reading.phrase)}`;
    }
  }
}

function verbFor(reading: Extract<BehaviourReading, { shape: 'quality' }>): string {
  if (reading.verb === 'be') return reading.plural ? 'are' : 'is';
  return reading.plural ? reading.verb : thirdPersonForm(reading.verb);
}

/** A single reply noun takes an article: "an empathetic response", "a robotic tone". */
function withArticle(phrase: string): string {
  if (!/\b(?:response|reply|answer|tone|message|explanation|summary)$/u.test(phrase) || /^(?:the|a|an|this|that|its|their|no)\s/u.test(phrase)) return phrase;
  return `${/^[aeiou]/u.test(phrase) ? 'an' : 'a'} ${phrase}`;
}

function traitVerb(head: string, absent: boolean): string {
  if (shown.test(head)) return 'Show';
  if (/^(?:error|errors|mistake|mistakes|slip|slips|typo|typos|bug|bugs)$/u.test(head)) return 'Make';
  if (/^(?:response|reply|answer|explanation|summary)$/u.test(head)) return 'Give';
  return absent ? 'Include' : 'Use';
}

const subordinate = /^(?:when|while|because|although|though|after|before|since|but|which|so|instead|even|if|until|rather|unless|whereas)$/u;

/**
 * At most `maxWords` words: filler adverbs dropped ("right after" → "after", "straight away"), idioms shortened ("the
 * same language the user wrote in" → "the user's language"), then cut before the first subordinate part that leaves
 * three words, else at the last preposition that leaves four.
 */
function shorten(text: string, maxWords: number): string {
  const phrase = text
    .replace(/\s+(?:straight|right)\s+away\b/gu, '')
    .replace(/\b(?:right|straight)\s+(?=after|before)/gu, '')
    .replace(/\b(when|as soon as|once) the user asked\b/gu, '$1 asked')
    .replace(/\bthe same language (?:as )?the user (?:wrote|writes|asked|used|spoke|speaks)(?: in)?\b/gu, "the user's language");
  const words = phrase.split(' ');
  if (words.length <= maxWords) return phrase;
  const conjunction = words.findIndex((word, index) => index >= 3 && subordinate.test(word));
  if (conjunction > 0 && conjunction <= maxWords + 1) return tidyEnd(words.slice(0, conjunction)).join(' ');
  for (let end = maxWords; end >= 4; end--) {
    if (/^(?:when|while|because|although|though|after|before|since|but|which|that|and|so|as|from|for|in|on|with|without|instead|even|at|by|about|of|to|like|than|until|if)$/u.test(words[end]!)) {
      const kept = tidyEnd(words.slice(0, end));
      // "Walks the user through" has lost its object.
      if (kept.length < 4 || /^(?:through|up|out|over|into|about|off|down|back)$/u.test(kept[kept.length - 1]!)) continue;
      return kept.join(' ');
    }
  }
  return tidyEnd(words.slice(0, maxWords)).join(' ');
}

/** Never end on an article, a possessive or a question word. */
function tidyEnd(words: string[]): string[] {
  const kept = [...words];
  while (kept.length > 3 && /^(?:the|a|an|user's|its|their|his|her|this|that|any|some|every|each|to|of|how|what|where|which|who|right|straight|just|exactly|really|also|and|as|or|but)$/u.test(kept[kept.length - 1]!)) kept.pop();
  return kept;
}

const languageNames = /\b(?:english|spanish|german|french|italian|portuguese|dutch|polish|japanese|chinese|korean|arabic|russian|turkish|swedish|danish|greek|hindi)\b/gu;

function languages(text: string): string {
  return text.replace(languageNames, (name) => name[0]!.toUpperCase() + name.slice(1));
}

function join(head: string, rest: string): string {
  return rest.length > 0 ? `${head} ${rest}` : head;
}

function capitalise(text: string): string {
  return text.replace(/^\p{Ll}/u, (letter) => letter.toUpperCase());
}
