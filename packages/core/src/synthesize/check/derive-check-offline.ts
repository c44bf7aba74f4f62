import type { CheckSpec } from '../schemas/check-spec.ts';
import { emojiPattern } from './emoji-pattern.ts';

// "instead of", "leave out" and "omit" come from the offline engine's rules ("Match the formal tone instead of using emojis").
const negation = /\b(?:no|not|never|avoid|avoids|avoiding|without|don't|do not|doesn't|does not|stop|remove|refrain|free of|fewer|instead of|leave out|leaves out|leaving out|omit|omits|omitting)\b/;
const languages: Record<string, CheckSpec & { kind: 'language' }> = {
  english: { kind: 'language', language: 'en' },
  french: { kind: 'language', language: 'fr' },
  spanish: { kind: 'language', language: 'es' },
  german: { kind: 'language', language: 'de' },
  italian: { kind: 'language', language: 'it' },
  portuguese: { kind: 'language', language: 'pt' },
  dutch: { kind: 'language', language: 'nl' },
};

/**
 * Derives a declarative check from a simply worded effect, without a model: emoji use or avoidance, word or
 * character bounds, quoted start/end strings, quoted strings to include or avoid, a named answer language.
 * Returns `undefined` when the effect is not one of these (a model may still find a check).
 */
export function deriveCheckOffline(effect: string): CheckSpec | undefined {
  const text = effect.toLowerCase().replaceAll(/[’‘]/g, "'").replaceAll(/[“”]/g, '"');
  const negated = negation.test(text);

  if (/\b(?:emojis?|emoticons?|smileys?|emoji icons?)\b/.test(text)) {
    return { kind: 'regex', pattern: emojiPattern, flags: 'u', expect: negated ? 'no-match' : 'match' };
  }

  const upper = /\b(at most|no more than|not more than|maximum of|max(?:imum)?|up to|under|fewer than|less than|within|below)\s+(\d+)\s+(words?|characters?|chars?)\b/.exec(text);
  const lower = /\b(at least|more than|minimum of|no fewer than|no less than|over)\s+(\d+)\s+(words?|characters?|chars?)\b/.exec(text);
  if (upper || lower) {
    const unit = /^w/.test((upper ?? lower)![3]!) ? 'words' : 'chars';
    const spec: CheckSpec = { kind: 'length', unit };
    if (upper) spec.max = Math.max(1, Number(upper[2]) - (/^(under|fewer than|less than|below)$/.test(upper[1]!) ? 1 : 0));
    if (lower) spec.min = Number(lower[2]) + (/^(more than|over)$/.test(lower[1]!) ? 1 : 0);
    return spec;
  }

  // A quoted critique ("avoid what users criticised as “…”") describes behaviour; it is not a literal string.
  const reported = /\b(?:criticised|criticized|praised|described|called|complained|said|wrote)\b/.test(text);
  const quoted = reported ? [] : quotedStrings(effect).filter((value) => value.split(/\s+/).length <= 12);
  if (quoted.length > 0) {
    if (/\b(?:start|starts|begin|begins|open|opens)\b.*\bwith\b/.test(text)) return { kind: 'starts-with', value: quoted[0]!, caseSensitive: false };
    if (/\b(?:end|ends|close|closes|finish|finishes|sign off|signs off)\b.*\bwith\b/.test(text)) return { kind: 'ends-with', value: quoted[0]!, caseSensitive: false };
    if (negated) return { kind: 'contains-none', values: quoted, caseSensitive: false };
    if (/\b(?:include|includes|mention|mentions|say|says|contain|contains|use|uses|add|adds)\b/.test(text)) {
      const any = quoted.length > 1 && /["”']\s*,?\s+or\s+["“']/.test(effect);
      return { kind: any ? 'contains-any' : 'contains-all', values: quoted, caseSensitive: false };
    }
  }

  const language = /\b(?:answer|answers|reply|replies|respond|responds|write|writes|written)\b.*\bin\s+(english|french|spanish|german|italian|portuguese|dutch)\b/.exec(text);
  if (language && !negated) return languages[language[1]!];
  return undefined;
}

/** Strings in double or curly quotes, or in single quotes that are not apostrophes ("don't"). */
function quotedStrings(effect: string): string[] {
  const pattern = /["“]([^"”]{1,80})["”]|(?<![\p{L}\p{N}])'([^']{1,80})'(?![\p{L}\p{N}])/gu;
  return [...effect.matchAll(pattern)].map((match) => (match[1] ?? match[2] ?? '').trim()).filter((value) => value.length > 0);
}
