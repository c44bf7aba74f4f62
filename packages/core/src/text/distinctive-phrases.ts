import { modifierWords } from './generic-words.ts';

/** Irregular past forms, which end a phrase as badly as "switched" does ("site threw"). */
const irregularPast = new Set(
  `threw thrown broke broken chose chosen wrote written drove ran began begun sent spent built caught bought brought
  thought fought taught sold held stood forgot forgotten lost won hid hidden fell ate saw shown`.split(/\s+/).filter(Boolean),
);
import { phraseRuns } from './phrase-runs.ts';

export interface DistinctivePhrasesOptions {
  /** Texts per group (e.g. the behaviours of each cluster's aspects). */
  groups: ReadonlyArray<readonly string[]>;
  /** Further texts that belong to no group (e.g. noise aspects); they count against every group's precision. */
  background?: readonly string[];
  /** Phrases per group. @default 10 */
  top?: number;
  /** @default 3 */
  maxWords?: number;
}

export interface DistinctivePhrase {
  /** The most frequent written form ("order number"). */
  text: string;
  /** The stems the phrase is matched by. */
  stems: readonly string[];
  /** Texts of the group that use it. */
  count: number;
  /** count / texts in the group. */
  coverage: number;
  /** count / texts anywhere (all groups and the background) that use it. */
  precision: number;
  score: number;
}

/**
 * The phrases that best say what each group of texts is about: contiguous runs of one to three content words
 * (no stopword, generic verb or adverb at either end; see `phraseRuns`), scored by how many of the group's
 * texts use them (coverage) times how much of their use falls in this group (precision, a per-text c-TF-IDF),
 * preferring phrases that end in a noun ("disabled button" over "disabled"). A phrase that mostly occurs inside
 * a longer one gives way to it ("number" → "order number"). Best first; ties by text. Deterministic.
 */
export function distinctivePhrases(options: DistinctivePhrasesOptions): DistinctivePhrase[][] {
  const { groups, background = [], top = 10, maxWords = 3 } = options;
  const surfaces = new Map<string, Map<string, number>>();
  const totals = new Map<string, number>();
  const count = (texts: readonly string[]) => {
    const counts = new Map<string, number>();
    for (const text of texts) {
      for (const [key, surface] of candidates(text, maxWords)) {
        counts.set(key, (counts.get(key) ?? 0) + 1);
        totals.set(key, (totals.get(key) ?? 0) + 1);
        const forms = surfaces.get(key) ?? new Map<string, number>();
        forms.set(surface, (forms.get(surface) ?? 0) + 1);
        surfaces.set(key, forms);
      }
    }
    return counts;
  };
  const groupCounts = groups.map(count);
  count(background);

  return groupCounts.map((counts, groupIndex) => {
    const size = Math.max(1, groups[groupIndex]!.length);
    // In groups of several texts, a phrase used once is usually a typo or an entity, not what the group is about.
    const minimumCount = size >= 4 ? 2 : 1;
    const scored = new Map<string, DistinctivePhrase>();
    for (const [key, used] of counts) {
      if (used < minimumCount) continue;
      const text = mostFrequent(surfaces.get(key)!);
      const stems = key.split(' ');
      const coverage = used / size;
      const precision = used / totals.get(key)!;
      scored.set(key, { text, stems, count: used, coverage, precision, score: coverage * precision ** 0.75 * shape(text) });
    }
    const absorbed = new Map<string, DistinctivePhrase>();
    for (const phrase of scored.values()) {
      const host = widest(phrase, scored);
      const current = absorbed.get(host.stems.join(' '));
      const score = Math.max(host.score, phrase.score, current?.score ?? 0);
      absorbed.set(host.stems.join(' '), { ...host, score });
    }
    return [...absorbed.values()].sort((left, right) => right.score - left.score || (left.text < right.text ? -1 : left.text > right.text ? 1 : 0)).slice(0, top);
  });
}

/** Each distinct candidate phrase of a text once: stem key and written form. */
function candidates(text: string, maxWords: number): Map<string, string> {
  const found = new Map<string, string>();
  for (const run of phraseRuns(text)) {
    for (let start = 0; start < run.length; start++) {
      if (!run[start]!.edge) continue;
      for (let end = start; end < Math.min(run.length, start + maxWords); end++) {
        if (!run[end]!.edge) continue;
        const tokens = run.slice(start, end + 1);
        const key = tokens.map((token) => token.stem).join(' ');
        if (!found.has(key)) found.set(key, tokens.map((token) => token.surface).join(' '));
      }
    }
  }
  return found;
}

/** Longer phrases read better, and a name should end in a noun: "disabled" alone or "switched" is weak. */
function shape(text: string): number {
  const words = text.split(' ');
  return (1 + 0.1 * Math.min(2, words.length - 1)) * (hasWeakHead(text) ? 0.4 : 1);
}

/** True when a phrase ends in an adjective or a past participle ("long", "disabled", "switched"), not a noun. */
export function hasWeakHead(text: string): boolean {
  const head = text.split(' ').pop()!.split('-').pop()!;
  return modifierWords.has(head) || irregularPast.has(head) || (head.length > 4 && /(?<!e)ed$/u.test(head));
}

/** The longest phrase (used twice or more) that contains this one and carries at least half of its uses, or the phrase itself. */
function widest(phrase: DistinctivePhrase, scored: ReadonlyMap<string, DistinctivePhrase>): DistinctivePhrase {
  let best = phrase;
  for (const other of scored.values()) {
    if (other.stems.length <= best.stems.length || other.count < 2 || other.count < 0.5 * phrase.count || shape(other.text) < shape(phrase.text)) continue;
    if (containsRun(other.stems, phrase.stems) && (other.stems.length > best.stems.length || other.count > best.count)) best = other;
  }
  return best;
}

function containsRun(outer: readonly string[], inner: readonly string[]): boolean {
  for (let start = 0; start + inner.length <= outer.length; start++) {
    if (inner.every((stem, offset) => outer[start + offset] === stem)) return true;
  }
  return false;
}

function mostFrequent(counts: ReadonlyMap<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [surface, count] of counts) {
    if (count > bestCount || (count === bestCount && surface < best)) {
      best = surface;
      bestCount = count;
    }
  }
  return best;
}
