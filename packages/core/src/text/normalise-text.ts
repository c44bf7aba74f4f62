/** Lower-cases and strips diacritics ("Réponse" → "reponse") so accents and case never split a term. */
export function normaliseText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[\u2018\u2019\u02BC]/g, "'");
}
