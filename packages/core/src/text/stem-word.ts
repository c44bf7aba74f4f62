/**
 * A light English stemmer: enough to join "replies/replied/reply", "emojis/emoji", "ignores/ignored/ignoring",
 * "apologised/apologized" without the over-stemming of a full Porter stemmer. Input is a normalised word.
 */
export function stemWord(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let stem = word.replace(/is(e|ed|es|ing|ation)$/, 'iz$1');
  if (/ies$|ied$/.test(stem) && stem.length > 4) stem = `${stem.slice(0, -3)}y`;
  else if (/sses$/.test(stem)) stem = stem.slice(0, -2);
  else if (/[^su]s$/.test(stem)) stem = stem.slice(0, -1);
  stem = stripSuffix(stem, 'ing') ?? stripSuffix(stem, 'ed') ?? stripSuffix(stem, 'ly', 4) ?? stem;
  if (stem.length > 3 && stem.endsWith('e')) stem = stem.slice(0, -1);
  return stem;
}

function stripSuffix(word: string, suffix: string, minimumStem = 3): string | undefined {
  if (!word.endsWith(suffix)) return undefined;
  let stem = word.slice(0, -suffix.length);
  if (stem.length < minimumStem || !/[aeiouy]/.test(stem)) return undefined;
  // "stopped" → "stop", "running" → "run": undo the doubled final consonant.
  if (/([bdfgklmnprtz])\1$/.test(stem) && !/(ll|ss|zz)$/.test(stem)) stem = stem.slice(0, -1);
  return stem;
}
