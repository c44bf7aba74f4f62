import { hasWeakHead, type DistinctivePhrase } from '../../../text/distinctive-phrases.ts';
import { phraseRuns } from '../../../text/phrase-runs.ts';
import { dominantFacet } from './behaviour-facets.ts';
import { qualityNoun } from './quality-nouns.ts';

export interface NameMetricOptions {
  /** The cluster's distinctive phrases, best first (`distinctivePhrases`). */
  phrases: readonly DistinctivePhrase[];
  /** The behaviours of the cluster's members. */
  behaviours: readonly string[];
  /** Names already given to other metrics. */
  taken?: ReadonlySet<string>;
  /** Used when there is no phrase at all. @default 'Behaviour' */
  fallback?: string;
}

/** Heads that already name an aspect of a reply: they take the reply noun in front ("Answer Language"). */
const aspectNouns = new Set(['language', 'tone', 'length', 'format', 'formatting', 'style', 'wording', 'grammar', 'spelling', 'structure', 'speed', 'clarity']);
const replyNouns = ['answer', 'reply', 'response', 'message'];
/** Heads that already name an action or a quality: no facet after them ("Escalation", "Empathy"). */
const nominal = /(?:ing|ness|ity|ance|ence|ism|ship|acy|thy|ogy)$/u;

/**
 * A readable metric name, extractively (no model): the cluster's best distinctive phrase, completed into a
 * compound when a top phrase pairs with it ("policy" + "refund" → "Refund Policy"), then followed by the facet
 * noun its members' verbs call for ("Order Number Handling", "Emoji Use", "Refund Policy Accuracy"). An aspect
 * of a reply takes the reply noun ("Answer Language"), a graded adjective its quality ("Code Correctness",
 * "Answer Length"), a bare verb its action noun ("Escalation"). A lone or weak phrase (used by under a fifth
 * of the members) is paired with the next distinct one ("Emojis and Formal Tone"). Title case, mostly two to
 * four words; a name already taken falls to the next phrase, then gets a number. Deterministic.
 */
export function nameMetric(options: NameMetricOptions): string {
  const { phrases, behaviours, taken = new Set<string>(), fallback = 'Behaviour' } = options;
  const names: string[] = [];
  for (let index = 0; index < Math.min(phrases.length, 4); index++) {
    names.push(titleCase(compose(phrases, index, behaviours)));
  }
  if (names.length === 0) names.push(titleCase(fallback));
  const free = names.find((name) => !taken.has(name));
  return free ?? numbered(names[0]!, taken);
}

function compose(phrases: readonly DistinctivePhrase[], index: number, behaviours: readonly string[]): string {
  let phrase = phrases[index]!;
  const distinct = (taken: DistinctivePhrase, candidate: DistinctivePhrase) => candidate !== taken && !sharesStem(taken, candidate);
  const other = (taken: DistinctivePhrase) => phrases.find((candidate) => distinct(taken, candidate) && candidate.coverage >= 0.1 && !hasWeakHead(candidate.text));
  if (phrase.coverage < 0.2 && index === 0) {
    const second = other(phrase);
    if (second) return `${label(phrase)} and ${label(second)}`;
  }
  // "language" (any language name) among the top phrases → "Answer Language".
  const aspect = phrases.slice(0, 3).find((candidate) => candidate.stems.length === 1 && aspectNouns.has(candidate.text) && (candidate === phrase || candidate.coverage >= 0.3));
  if (aspect && (aspect === phrase || replyNouns.includes(phrase.text))) return `${replyNoun(behaviours)} ${aspect.text}`;
  // A graded quality: "correct" with "code" → "Code Correctness"; "answer" with "long" close behind → "Answer Length".
  const ownQuality = phrase.stems.length === 1 ? qualityNoun(phrase.text) : undefined;
  if (ownQuality) {
    const subject = phrases.slice(0, 6).find((candidate) => distinct(phrase, candidate) && candidate.stems.length <= 2 && candidate.coverage >= 0.1 && !hasWeakHead(candidate.text));
    return `${subject?.text ?? replyNoun(behaviours)} ${ownQuality}`;
  }
  const graded = phrases.slice(0, 3).find((candidate) => distinct(phrase, candidate) && candidate.stems.length === 1 && candidate.coverage >= 0.3 && qualityNoun(candidate.text));
  if (graded && phrase.stems.length <= 2 && !hasWeakHead(phrase.text)) return `${phrase.text} ${qualityNoun(graded.text)}`;
  if (phrase.stems.length === 1) {
    // "policy" with "refund" among the top phrases and "refund policy" used at all → "refund policy".
    const partners = phrases.slice(0, 4).filter((candidate) => candidate !== phrase && candidate.stems.length === 1);
    const compound = phrases.find((candidate) => candidate.stems.length === 2 && candidate.stems.includes(phrase.stems[0]!) && partners.some((partner) => candidate.stems.includes(partner.stems[0]!)));
    if (compound) phrase = compound;
  }
  const words = phrase.text.split(' ');
  const head = words[words.length - 1]!;
  if (words.length >= 3 || (nominal.test(head) && !(words.length === 1 && /ing$/u.test(head)))) return phrase.text;
  if (label(phrase) !== phrase.text) return label(phrase);
  // What the members that use the phrase did with it, read from the words around it.
  const members = behaviours.filter((behaviour) => containsPhrase(behaviour, phrase.stems));
  const facet = dominantFacet(members, { near: phrase.stems });
  if (facet && !/ing$/u.test(head) && !phrase.text.toLowerCase().includes(facet.toLowerCase().slice(0, 5))) return `${[...words.slice(0, -1), singular(head)].join(' ')} ${facet}`;
  if (words.length === 1 && !head.includes('-')) {
    // A lone object says little ("Emojis"); the next distinct phrase says what about it ("Emojis and Formal Tone").
    const second = other(phrase);
    if (second) return `${phrase.text} and ${label(second)}`;
  }
  return phrase.text;
}

/** True when two phrases share a word, inside hyphenated compounds too ("loop" and "for-loop"). */
export function sharesStem(left: DistinctivePhrase, right: DistinctivePhrase): boolean {
  const parts = new Set(left.stems.flatMap((stem) => stem.split('-')));
  return right.stems.some((stem) => stem.split('-').some((part) => parts.has(part)));
}

/** A bare verb names its action: "escalate" → "Escalation"; anything else stays as written. */
function label(phrase: DistinctivePhrase): string {
  if (phrase.stems.length !== 1 || /(?:s|ing)$/u.test(phrase.text)) return phrase.text;
  return dominantFacet([phrase.text], { minimumShare: 1, minimumCount: 1 }) ?? phrase.text;
}

function containsPhrase(text: string, stems: readonly string[]): boolean {
  return phraseRuns(text).some((run) => {
    const runStems = run.map((token) => token.stem);
    for (let start = 0; start + stems.length <= runStems.length; start++) if (stems.every((stem, offset) => runStems[start + offset] === stem)) return true;
    return false;
  });
}

function replyNoun(behaviours: readonly string[]): string {
  const counts = replyNouns.map((noun) => behaviours.filter((behaviour) => new RegExp(`\\b${noun}s?\\b`, 'iu').test(behaviour)).length);
  const best = counts.indexOf(Math.max(...counts));
  return counts[best]! > 0 ? replyNouns[best]! : 'reply';
}

/** "emojis" → "emoji", "replies" → "reply", "parentheses" → "parenthesis"; leaves "process", "status" alone. */
function singular(word: string): string {
  if (/[^aeiou]ies$/u.test(word)) return `${word.slice(0, -3)}y`;
  if (/eses$/u.test(word)) return `${word.slice(0, -2)}is`;
  if (/(?:ss|us|sis|xis|ics)$/u.test(word) || !/s$/u.test(word) || word.length <= 3) return word;
  if (/(?:ches|shes|xes|sses)$/u.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

function titleCase(text: string): string {
  return text.replace(/\p{L}[\p{L}']*/gu, (word, offset: number) => (offset > 0 && /^(?:and|of|by)$/u.test(word) ? word : word[0]!.toUpperCase() + word.slice(1)));
}

function numbered(name: string, taken: ReadonlySet<string>): string {
  let counter = 2;
  while (taken.has(`${name} ${counter}`)) counter++;
  return `${name} ${counter}`;
}
