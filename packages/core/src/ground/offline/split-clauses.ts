/** A half-open character range `[start, end)` of a text. */
export interface TextSpan {
  start: number;
  end: number;
}

const quotePattern = /"[^"\n]*"|\u201C[^\u201D\n]*\u201D|\u00AB[^\u00BB\n]*\u00BB|\u201E[^\u201C\u201D\n]*[\u201C\u201D]/g;
const sentencePunctuation = /[.!?;:\u2026\u3002]+|\n+/g;
const connectorPattern =
  /(?:,\s*|(?<!\s)\s+)(?:but|however|and also|oh and|on the other hand|that said|on top of that|another thing|mais|pero|aber|sin embargo|cependant|por otro lado|allerdings)(?=[\s,:]|$)[,:]?\s*|,\s*(?:also|plus)[,:]?\s+|(?<!\s)\s+[-\u2013\u2014]\s+/giu;
const newClauseAfterComma =
  /,\s*(?=(?:please\s+|pls\s+)?(?:don'?t|do not|stop|never|avoid|quit|just give|give me|let me|check|keep|try|make sure|reply|answer|respond|cut|trim|stick to|not|too|way too|should have|should've)\b)/giu;
const abbreviations = new Set(['e.g', 'i.e', 'etc', 'vs', 'mr', 'mrs', 'ms', 'dr', 'approx', 'incl']);

/**
 * Splits a critique into clauses: at sentence ends (. ! ? ; : … and newlines), at contrast and addition
 * connectors ("but", "however", "and also", ", plus", "mais", "pero", "aber" …), at spaced dashes and at a comma
 * that opens a new imperative or verdict (", please stop …", ", too many …", ", not helpful", ", should have …").
 * Quoted text is never split. Returned spans are trimmed of
 * whitespace and separating punctuation; "?" and "!" stay with their clause (they carry tone).
 */
export function splitClauses(text: string): TextSpan[] {
  const quoted = [...text.matchAll(quotePattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  const insideQuote = (index: number) => quoted.some((range) => index > range.start && index < range.end - 1);
  const cuts: TextSpan[] = [];

  for (const match of text.matchAll(sentencePunctuation)) {
    const start = match.index;
    const end = start + match[0].length;
    if (insideQuote(start) || !isSentenceBoundary(text, start, end)) continue;
    const kept = /^[!?]*/.exec(match[0])![0].length;
    cuts.push({ start: start + kept, end });
  }
  for (const pattern of [connectorPattern, newClauseAfterComma]) {
    for (const match of text.matchAll(pattern)) {
      if (!insideQuote(match.index)) cuts.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  cuts.sort((left, right) => left.start - right.start || right.end - left.end);

  const spans: TextSpan[] = [];
  let position = 0;
  for (const cut of cuts) {
    if (cut.start < position) {
      position = Math.max(position, cut.end);
      continue;
    }
    pushTrimmed(text, position, cut.start, spans);
    position = cut.end;
  }
  pushTrimmed(text, position, text.length, spans);
  return spans;
}

function isSentenceBoundary(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  const mark = text[start]!;
  if (mark === '\n') return true;
  // "3.5", "shop.example.com", "tl;dr", "6:30": punctuation inside a token is not a boundary.
  if (/[\p{L}\p{N}]/u.test(before) && /[\p{L}\p{N}]/u.test(after)) return false;
  // "!=" in code.
  if (mark === '!' && after === '=') return false;
  if (mark === '.' && end - start === 1) {
    const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, start - 8), start))?.[1]?.toLowerCase();
    if (word && abbreviations.has(word) && /^\s*\p{Ll}/u.test(text.slice(end))) return false;
  }
  return true;
}

const leadingTrim = /^[\s,;:.\-\u2013\u2014*\u2022>)]+/u;
const trailingTrim = /[\s,;:.\-\u2013\u2014*\u2022(]+$/u;

function pushTrimmed(text: string, start: number, end: number, spans: TextSpan[]): void {
  const segment = text.slice(start, end);
  const leading = leadingTrim.exec(segment)?.[0].length ?? 0;
  const trailing = trailingTrim.exec(segment.slice(leading))?.[0].length ?? 0;
  const trimmedStart = start + leading;
  const trimmedEnd = end - trailing;
  // A run of punctuation alone ("...", "!!!") is not a clause.
  if (trimmedEnd > trimmedStart && /[\p{L}\p{N}\p{Extended_Pictographic}]/u.test(text.slice(trimmedStart, trimmedEnd))) spans.push({ start: trimmedStart, end: trimmedEnd });
}
