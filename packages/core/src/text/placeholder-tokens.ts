/**
 * Anonymisation placeholders that datasets put in place of names, companies and users: `__company__`, `__user__`,
 * `<cust__123>` (and its cut-off `<cust__`), `{name}`, `{{customer_name}}`, `<PERSON>`, `<EMAIL>`, `[NAME]`,
 * `[REDACTED]`. They are no behaviour of the assistant, so drafted names, definitions and examples leave them out.
 */
// Each branch starts at a token boundary (a lookbehind), so a long word is scanned once, not once per letter. Python
// dunders (`__init__`) are code, not placeholders; a bracketed word counts only in capitals ([NAME], not [sic]).
const placeholderPattern =
  /(?<![\p{L}\p{N}_])(?!__(?:init|main|name|str|repr|len|call|dict|class|eq|add|iter|next|enter|exit|getitem|setitem|doc|file|all|new|del|hash|bool|contains)__)(?:__[\p{L}\p{N}_]+__|__[\p{L}\p{N}]+)|(?<![\p{L}\p{N}_])[\p{L}\p{N}]+__(?![\p{L}\p{N}])|<\s*[\p{L}_]*__[\p{L}\p{N}_]*\s*>?|\{\{?\s*[\p{L}_][\p{L}\p{N}_.]*\s*\}?\}|\[\s*(?:[A-Z][A-Z_]{2,}|REDACTED|Redacted|redacted)\s*\]/u;
/** `<PERSON>`, `<email>`, `<cust_12>`: the tag names of anonymisers, in any case. */
const placeholderTagPattern =
  /<\s*(?:person|name|user|username|customer|cust|email|e-mail|phone|number|url|link|address|org|organization|organisation|company|location|date|time|id|account)(?:_[\p{L}\p{N}]+)?\s*>/iu;

/** True when the text holds a dataset placeholder token (see above). Ordinary words, `<3`, `a < b` and `[1]` are not. */
export function hasPlaceholderToken(text: string): boolean {
  return placeholderPattern.test(text) || placeholderTagPattern.test(text);
}
