/**
 * Closed word classes whose members name one behaviour together: "answered in English", "wrote in Portuguese"
 * and "replied in Italian" are all about the reply's language, so for naming each language name counts as the
 * word "language". Normalised (lower case, no diacritics), with the commonest French, Spanish, German and
 * Italian spellings.
 */
const classes: ReadonlyArray<readonly [string, string]> = [
  [
    'language',
    `english spanish french german italian portuguese dutch chinese mandarin cantonese japanese korean arabic russian
    polish turkish hindi bengali urdu swedish danish norwegian finnish greek hebrew czech hungarian romanian ukrainian
    vietnamese thai indonesian malay catalan tagalog languages anglais espagnol francais allemand italien portugais
    ingles espanol frances aleman italiano portugues englisch spanisch franzosisch deutsch italienisch portugiesisch
    inglese spagnolo francese tedesco portoghese langue langues idioma idiomas lengua sprache sprachen lingua`,
  ],
];

const classOf: ReadonlyMap<string, string> = new Map(classes.flatMap(([name, members]) => members.split(/\s+/).filter(Boolean).map((member) => [member, name] as const)));

/** The class a normalised word belongs to ("portuguese" → "language"), if any. */
export function hypernymOf(word: string): string | undefined {
  return classOf.get(word);
}
