const reportedI =
  /\bI\s+(?=(?:\p{Ll}{2,}(?<!e)ed|was|had|did|didn't|didnt|could|couldn't|couldnt|would|wasn't|wasnt|gave|made|told|said|got|kept|put|sent|took|knew|went|found|felt|forgot|came|paid|saw|wrote|bought|already|just|clearly|explicitly|even|specifically|never)\b)/giu;
const firstPerson = /\b(?:i|i'm|im|i'd|i've|ive|i'll|we|we're|we've|us|our|ours)\b/iu;

/**
 * A critic's words about themselves told of "the user", where that is mechanical: "my order number" → "the
 * user's order number", "asked me" → "asked the user", "as soon as I asked" → "as soon as the user asked",
 * "I'd get" → "they'd get". Undefined when other first-person wording remains ("I wrote …", "we …"); quoted
 * text is left alone.
 */
export function toThirdPerson(text: string): string | undefined {
  const parts = text.split(/("[^"]*"|\u201C[^\u201D]*\u201D)/u);
  const rewritten = parts.map((part, index) => {
    if (index % 2 === 1) return part;
    return part
      .replace(reportedI, 'the user ')
      .replace(/\bI'd\b/giu, "they'd")
      .replace(/\bI'm\b/giu, "they're")
      .replace(/\bI've\b/giu, "they've")
      .replace(/\bI'll\b/giu, "they'll")
      .replace(/\bmy\b/giu, "the user's")
      .replace(/\bmyself\b/giu, 'themselves')
      .replace(/\bme\b/giu, 'the user')
      .replace(/\bmine\b/giu, "the user's");
  });
  if (rewritten.some((part, index) => index % 2 === 0 && firstPerson.test(part))) return undefined;
  return rewritten.join('');
}
