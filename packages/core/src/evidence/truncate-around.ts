import { locateQuote } from './locate-quote.ts';

/** The visible marker that replaces omitted text in prompts. */
export function truncationMarker(omitted: number): string {
  return `…[truncated ${omitted} chars]…`;
}

/** How many anchors get their own window; further anchors only help if they fall inside one. */
const maxAnchorWindows = 3;

/**
 * Shortens `text` to about `maxChars` characters (plus markers). Keeps windows around the first few
 * `anchors` found in the text (e.g. fragments the critique quotes), plus the head; without anchors keeps
 * the head and the tail. Every gap is replaced by a visible `…[truncated N chars]…` marker.
 */
export function truncateAround(text: string, maxChars: number, anchors: readonly string[] = []): string {
  if (text.length <= maxChars) return text;
  const budget = Math.max(0, maxChars);
  const found = anchors
    .map((anchor) => locateQuote(text, anchor, { maxFuzzyWork: 2_000_000 }))
    .filter((location) => location !== undefined)
    .sort((first, second) => first.start - second.start)
    .slice(0, maxAnchorWindows);
  let intervals: Array<[number, number]>;
  if (found.length === 0) {
    const head = Math.ceil(budget * 0.7);
    intervals = [
      [0, head],
      [text.length - (budget - head), text.length],
    ];
  } else {
    const head = Math.floor(budget * 0.2);
    const windowSize = Math.floor((budget - head) / found.length);
    intervals = [[0, head]];
    for (const location of found) {
      const spare = Math.max(0, windowSize - (location.end - location.start));
      const start = Math.max(0, location.start - Math.floor(spare / 2));
      intervals.push([start, Math.min(text.length, start + windowSize)]);
    }
  }
  return renderIntervals(text, mergeIntervals(intervals));
}

function mergeIntervals(intervals: Array<[number, number]>): Array<[number, number]> {
  const sorted = intervals.filter(([start, end]) => end > start).sort((first, second) => first[0] - second[0]);
  const merged: Array<[number, number]> = [];
  for (const interval of sorted) {
    const last = merged.at(-1);
    if (last && interval[0] <= last[1]) last[1] = Math.max(last[1], interval[1]);
    else merged.push([interval[0], interval[1]]);
  }
  return merged;
}

function renderIntervals(text: string, intervals: Array<[number, number]>): string {
  let output = '';
  let cursor = 0;
  for (const [start, end] of intervals) {
    if (start > cursor) output += truncationMarker(start - cursor);
    output += text.slice(start, end);
    cursor = end;
  }
  if (cursor < text.length) output += truncationMarker(text.length - cursor);
  return output;
}
