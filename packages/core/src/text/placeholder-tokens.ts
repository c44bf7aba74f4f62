/**
 * Anonymisation placeholders that datasets put in place of names, companies and users: `__company__`, `__user__`,
 * `<cust__123>` (and its cut-off `<cust__`), `{name}`, `{{customer_name}}`, `<PERSON>`, `<EMAIL>`, `[NAME]`,
 * `[REDACTED]`. They are no behaviour of the assistant, so drafted names, definitions and examples leave them out.
 */
const placeholderPattern =
  /__[\p{L}\p{N}_]+__|__[\p{L}\p{N}]+|[\p{L}\p{N}]+__(?![\p{L}\p{N}])|<\s*[\p{L}_]*__[\p{L}\p{N}_]*\s*>?|\{\{?\s*[\p{L}_][\p{L}\p{N}_.]*\s*\}?\}|<\s*(?:person|name|user|username|customer|cust|email|e-mail|phone|number|url|link|address|org|organization|organisation|company|location|date|time|id|account)(?:_[\p{L}\p{N}]+)?\s*>|\[\s*(?:[A-Z_]{3,}|name|person|user|email|phone|url|redacted)\s*\]/iu;

/** True when the text holds a dataset placeholder token (see above). Ordinary words, `<3`, `a < b` and `[1]` are not. */
export function hasPlaceholderToken(text: string): boolean {
  return placeholderPattern.test(text);
}
