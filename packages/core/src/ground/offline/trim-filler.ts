import type { TextSpan } from './split-clauses.ts';

const leadingFiller =
  /^(?:hi there|hi team|hey team|hello team|hi|hello|hey|hiya|dear (?:support|team|all)|ok so|okay so|ok|okay|so|well|honestly|frankly|tbh|ngl|not gonna lie|to be honest|ugh+|hmm+|um+|oh|ah|lol|btw|fyi|also|and|plus|then|anyway|overall|feedback|quick note|note|context|update|team|guys|folks|ps)(?![\p{L}\p{N}'])[\s,.:;!\-\u2013\u2014]*/iu;

const trailingFiller =
  /[\s,.;:!]*(?:(?:please|pls|plz) fix(?: (?:it|this))?(?: asap)?|fix (?:it|this)(?: asap)?|do better|not ok(?:ay)?|thanks(?: anyway| again| a lot)?|thank you(?: so much)?|thx|ty|cheers|just saying|(?:very |so |really )?disappointing|keep it up|great job|good job|well done|more of this(?: please| pls)?|that'?s all|otherwise (?:fine|good|great|ok(?:ay)?|solid)|almost there|asap|lol|smh|(?:please |pls |plz )?try again)[\s.!]*$/iu;

const trailingPictographs = /[\s\p{Extended_Pictographic}\u{FE0F}\u{200D}\u{1F3FB}-\u{1F3FF}]+$/u;
const leadingPictographs = /^[\p{Extended_Pictographic}\u{FE0F}\u{200D}\u{1F3FB}-\u{1F3FF}][\s\p{Extended_Pictographic}\u{FE0F}\u{200D}\u{1F3FB}-\u{1F3FF}]*/u;

/**
 * Narrows a clause span past greetings, filler and reaction emojis at its start ("Hi team, ", "Honestly, ",
 * "Feedback: ", "👎 ") and
 * sign-offs at its end ("Please fix.", "Thanks anyway", a trailing 👍), so evidence and behaviour text keep only
 * what the critique says about the assistant. Returns an empty span (`start === end`) when the clause is
 * nothing but filler ("Quick note", "Thanks anyway").
 */
export function trimFiller(text: string, span: TextSpan): TextSpan {
  let { start, end } = span;
  for (;;) {
    const segment = text.slice(start, end);
    const match = leadingPictographs.exec(segment) ?? leadingFiller.exec(segment);
    if (!match || match[0].length === 0) break;
    start += match[0].length;
    if (start >= end) return { start: end, end };
  }
  for (;;) {
    const segment = text.slice(start, end);
    // Reactions and sign-offs are short: looking at the segment's last 160 characters only keeps a long run of spaces
    // from being scanned once per character (both patterns start with a run); the loop trims a longer tail in steps.
    const tailStart = Math.max(0, segment.length - 160);
    const tail = segment.slice(tailStart);
    const pictographs = trailingPictographs.exec(tail);
    const signOff = pictographs ? undefined : trailingFiller.exec(tail);
    const match = pictographs ?? (signOff && isSignOff(signOff[0]) ? signOff : undefined);
    if (!match || match[0].length === 0) break;
    end = start + tailStart + match.index;
  }
  while (end > start && /[\s,;:\-\u2013\u2014]/u.test(text[end - 1]!)) end--;
  return { start: Math.min(start, end), end };
}

/** "… it ignored it. thanks" or "… it ignored it Thanks anyway" are sign-offs; "… was disappointing" is content. */
function isSignOff(match: string): boolean {
  const words = match.replace(/^[\s,.;:!]*/u, '');
  return /^\s*[,.;:!]/u.test(match) || /^\p{Lu}/u.test(words) || words.trim().includes(' ');
}
