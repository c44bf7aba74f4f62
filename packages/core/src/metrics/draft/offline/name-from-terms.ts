import { contentTokens } from '../../../text/content-tokens.ts';

/**
 * A readable, title-cased metric name from distinctive terms, best first: the leading term (a bigram that
 * contains it, when one ranks in the top three), joined with the next term that shares no word with it
 * ("Refund Policy & Days"). Names already in `taken` get a further term, then a counter.
 */
export function nameFromTerms(terms: readonly string[], taken: ReadonlySet<string> = new Set(), fallback = 'Behaviour'): string {
  const stems = (term: string) => contentTokens(term).map((token) => token.stem);
  const candidates = terms.filter((term) => stems(term).length > 0);
  if (candidates.length === 0) return unique(titleCase(fallback), taken);
  let head = candidates[0]!;
  const containing = candidates.slice(0, 3).find((term) => term.includes(' ') && stems(term).some((stem) => stems(head).includes(stem)));
  if (containing) head = containing;
  const used = new Set(stems(head));
  const parts = [head];
  for (const term of candidates) {
    if (parts.length >= 2 && !taken.has(parts.map(titleCase).join(' & '))) break;
    if (stems(term).some((stem) => used.has(stem))) continue;
    parts.push(term);
    for (const stem of stems(term)) used.add(stem);
    if (parts.length >= 3) break;
  }
  return unique(parts.map(titleCase).join(' & '), taken);
}

function titleCase(text: string): string {
  return text.replace(/\p{L}[\p{L}'-]*/gu, (word) => word[0]!.toUpperCase() + word.slice(1));
}

function unique(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name;
  let counter = 2;
  while (taken.has(`${name} ${counter}`)) counter++;
  return `${name} ${counter}`;
}
