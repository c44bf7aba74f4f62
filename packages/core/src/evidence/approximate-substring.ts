export interface ApproximateMatch {
  start: number;
  /** Exclusive. */
  end: number;
  distance: number;
}

/** q-gram length of the filter: long enough to be selective on natural text, short enough for 15% edits. */
const gram = 4;

/**
 * The substring of `text` closest to `pattern` in edit distance, if one is within `maxDistance`. A q-gram
 * filter (a match within k edits shares at least m − q + 1 − k·q of the pattern's q-grams) skips regions
 * that cannot match, so a fabricated quote is rejected in linear time; surviving regions get the full
 * dynamic programme.
 */
export function closestSubstringWithin(text: string, pattern: string, maxDistance: number): ApproximateMatch | undefined {
  const needed = pattern.length - gram + 1 - gram * maxDistance;
  let best: ApproximateMatch | undefined;
  for (const [regionStart, regionEnd] of candidateRegions(text, pattern, maxDistance, needed)) {
    const found = bestApproximateSubstring(text.slice(regionStart, regionEnd), pattern);
    if (found.distance <= maxDistance && (!best || found.distance < best.distance)) best = { start: regionStart + found.start, end: regionStart + found.end, distance: found.distance };
  }
  return best;
}

function gramHash(text: string, start: number): number {
  let hash = 0;
  for (let offset = 0; offset < gram; offset++) hash = (Math.imul(hash, 65_599) + text.charCodeAt(start + offset)) | 0;
  return hash;
}

function candidateRegions(text: string, pattern: string, maxDistance: number, needed: number): Array<[number, number]> {
  if (needed <= 0 || text.length < gram) return [[0, text.length]];
  const grams = new Set<number>();
  for (let index = 0; index + gram <= pattern.length; index++) grams.add(gramHash(pattern, index));
  const positions = text.length - gram + 1;
  const hits = new Uint8Array(positions);
  // Hash collisions only let extra regions through (never hide a match), so a cheap hash is enough.
  for (let index = 0; index < positions; index++) hits[index] = grams.has(gramHash(text, index)) ? 1 : 0;
  // A match spans at most pattern.length + maxDistance characters, so at most this many q-gram starts.
  const window = Math.max(1, pattern.length + maxDistance - gram + 1);
  const regions: Array<[number, number]> = [];
  let sum = 0;
  for (let index = 0; index < positions; index++) {
    sum += hits[index]!;
    if (index >= window) sum -= hits[index - window]!;
    if (sum < needed) continue;
    const windowStart = Math.max(0, index - window + 1);
    const region: [number, number] = [windowStart, Math.min(text.length, windowStart + pattern.length + maxDistance)];
    const last = regions.at(-1);
    if (last && region[0] <= last[1]) last[1] = Math.max(last[1], region[1]);
    else regions.push(region);
  }
  return regions;
}

/** The substring of `text` with the smallest edit distance to `pattern` (earliest on ties). */
export function bestApproximateSubstring(text: string, pattern: string): { start: number; end: number; distance: number } {
  const length = pattern.length;
  let distances = Int32Array.from({ length: length + 1 }, (_, index) => index);
  let starts = new Int32Array(length + 1);
  let nextDistances = new Int32Array(length + 1);
  let nextStarts = new Int32Array(length + 1);
  let best = { start: 0, end: 0, distance: length };
  for (let column = 1; column <= text.length; column++) {
    nextDistances[0] = 0;
    nextStarts[0] = column;
    const character = text[column - 1];
    for (let row = 1; row <= length; row++) {
      const substitute = distances[row - 1]! + (pattern[row - 1] === character ? 0 : 1);
      const skipText = distances[row]! + 1;
      const skipPattern = nextDistances[row - 1]! + 1;
      if (substitute <= skipText && substitute <= skipPattern) {
        nextDistances[row] = substitute;
        nextStarts[row] = starts[row - 1]!;
      } else if (skipText <= skipPattern) {
        nextDistances[row] = skipText;
        nextStarts[row] = starts[row]!;
      } else {
        nextDistances[row] = skipPattern;
        nextStarts[row] = nextStarts[row - 1]!;
      }
    }
    if (nextDistances[length]! < best.distance) best = { start: nextStarts[length]!, end: column, distance: nextDistances[length]! };
    [distances, nextDistances] = [nextDistances, distances];
    [starts, nextStarts] = [nextStarts, starts];
  }
  return best;
}

