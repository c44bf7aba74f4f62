import { words } from '../../../text/content-tokens.ts';
import { normaliseText } from '../../../text/normalise-text.ts';
import { stemWord } from '../../../text/stem-word.ts';

/**
 * What is being done to an object, as a noun to put after it in a metric name: members that "ignored" or
 * "checked" the order number make "Order Number Handling"/"Checks", "used emojis" makes "Emoji Use". Each facet
 * is a noun and the verb forms (normalised text) that call for it. General English, not tuned to one log.
 */
const facets: ReadonlyArray<readonly [string, RegExp]> = [
  ['Use', /\b(?:use[sd]?|using|usage)\b/u],
  ['Requests', /\b(?<!as )(?:ask(?:s|ed|ing)?|request(?:s|ed|ing)?|demand(?:s|ed|ing)?)\b/u],
  ['Handling', /\b(?:ignor\w*|handl\w*|dealt|deal(?:s|ing)?|dismiss\w*|clos(?:e|es|ed|ing) (?:the|it|that|this|a|an))\b/u],
  ['Checks', /\b(?:check(?:s|ed|ing)?|double-check\w*|verif\w*|confirm(?:s|ed|ing)?|look(?:s|ed|ing)? (?:it |them )?up)\b/u],
  ['Escalation', /\b(?:escalat\w*|transferr?\w*|hand(?:ed|s|ing)? (?:me |it |us )?(?:over|off)|handoff|hand-off)\b/u],
  ['Clicks', /\b(?:click\w*|press(?:es|ed|ing)?|tap(?:s|ped|ping)?)\b/u],
  ['Accuracy', /\b(?:invent\w*|hallucinat\w*|fabricat\w*|made up|mak(?:e|es|ing) up|wrong|incorrect\w*|inaccura\w*|accura\w*|false|untrue)\b/u],
  ['Repetition', /\b(?:repeat\w*|repetit\w*|again and again|over and over)\b/u],
  ['Apologies', /\b(?:apologi\w*|apologetic)\b/u],
  ['Explanations', /\b(?:explain\w*|explanation\w*)\b/u],
  ['Selection', /\b(?:select(?:s|ed|ing)?|chose|chosen|choos\w*|pick(?:s|ed|ing)?|switch(?:es|ed|ing)?)\b/u],
  ['Retries', /\b(?:retr(?:y|ies|ied|ying)|tried again)\b/u],
  ['Reporting', /\b(?:report(?:s|ed|ing)?)\b/u],
  ['Offers', /\b(?:upsell\w*|offer(?:s|ed|ing)?|push(?:es|ed|ing|y)?|sell(?:s|ing)?|sold|recommend\w*|suggest\w*)\b/u],
  ['Compliance', /\b(?:respect\w*|follow(?:s|ed|ing)?|violat\w*|broke|break(?:s|ing)?|kept to|stick(?:s|ing)? to|stuck to)\b/u],
];

export interface DominantFacetOptions {
  /**
   * The phrase (its stems) the facet is about. "Use" then counts only right before it ("used emojis", "uses
   * too many emojis"), since "used the exact terms from the task" is not about the task.
   */
  near?: readonly string[];
  /** @default 0.3 */
  minimumShare?: number;
  /** @default 3 */
  minimumCount?: number;
}

/**
 * The facet noun most of the texts call for, when at least `minimumShare` of them (and `minimumCount`) use one
 * of its verb forms; ties by the order above. Undefined when none does.
 */
export function dominantFacet(texts: readonly string[], options: DominantFacetOptions = {}): string | undefined {
  const { near, minimumShare = 0.3, minimumCount = 3 } = options;
  const normalised = texts.map((text) => normaliseText(text).replace(/['\u2019]/gu, ''));
  const before = near ? texts.map((text) => wordsBefore(text, near, 3)) : normalised;
  let best: { facet: string; count: number } | undefined;
  for (const [facet, pattern] of facets) {
    const windows = facet === 'Use' ? before : normalised;
    const count = windows.filter((window) => pattern.test(window)).length;
    if (count >= minimumCount && count >= minimumShare * texts.length && (!best || count > best.count)) best = { facet, count };
  }
  return best?.facet;
}

/** The `count` words before each occurrence of the phrase, joined. */
function wordsBefore(text: string, stems: readonly string[], count: number): string {
  const tokens = words(text);
  const tokenStems = tokens.map(stemWord);
  const target = stems.flatMap((stem) => stem.split('-'));
  const found: string[] = [];
  for (let start = 0; start + target.length <= tokens.length; start++) {
    if (target.every((stem, offset) => tokenStems[start + offset] === stem)) found.push(tokens.slice(Math.max(0, start - count), start).join(' '));
  }
  return found.join(' | ');
}
