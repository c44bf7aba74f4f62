/** Very common function words per language; enough to tell the languages a check can ask for apart. */
const functionWords: Record<string, readonly string[]> = {
  en: ['the', 'and', 'is', 'are', 'you', 'your', 'to', 'of', 'it', 'that', 'for', 'with', 'this', 'we', 'have', 'be', 'not', 'can', 'will', 'please'],
  fr: ['le', 'la', 'les', 'et', 'est', 'vous', 'votre', 'de', 'des', 'une', 'un', 'pour', 'que', 'nous', 'pas', 'avec', 'sur', 'ce', 'dans', 'merci'],
  es: ['el', 'los', 'las', 'y', 'es', 'usted', 'su', 'de', 'una', 'un', 'para', 'que', 'por', 'con', 'no', 'del', 'se', 'gracias', 'está', 'pedido'],
  de: ['der', 'die', 'das', 'und', 'ist', 'sie', 'ihre', 'ihr', 'zu', 'ein', 'eine', 'für', 'nicht', 'mit', 'wir', 'den', 'auf', 'bitte', 'danke', 'ich'],
  it: ['il', 'lo', 'gli', 'e', 'è', 'lei', 'suo', 'di', 'una', 'un', 'per', 'che', 'non', 'con', 'del', 'della', 'sono', 'grazie', 'ordine', 'ci'],
  pt: ['o', 'os', 'as', 'e', 'é', 'você', 'seu', 'de', 'uma', 'um', 'para', 'que', 'não', 'com', 'do', 'da', 'em', 'obrigado', 'pedido', 'se'],
  nl: ['de', 'het', 'een', 'en', 'is', 'u', 'uw', 'van', 'voor', 'dat', 'niet', 'met', 'we', 'op', 'te', 'zijn', 'bedankt', 'bestelling', 'je', 'ik'],
};

/**
 * The most likely language of `text` among en, fr, es, de, it, pt, nl by function-word hits, or `undefined`
 * when fewer than two function words were found (too short or another language).
 */
export function detectLanguage(text: string): string | undefined {
  const tokens = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  let best: string | undefined;
  let bestHits = 0;
  for (const [language, words] of Object.entries(functionWords)) {
    const set = new Set(words);
    const hits = tokens.filter((token) => set.has(token)).length;
    if (hits > bestHits) {
      best = language;
      bestHits = hits;
    }
  }
  return bestHits >= 2 ? best : undefined;
}
