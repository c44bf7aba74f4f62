const subject =
  /^(?:you|it|they|the bot|this bot|your bot|the assistant|this assistant|your assistant|the chatbot|the ai|your ai|the support bot|the agent)\s+(?=\S)/iu;
const prohibition = /^(?:(?:please|pls|plz)\s+)?(?:don'?t|do not|never)\s+(\p{L}+)(.*)$/isu;
const cessation = /^(?:(?:please|pls|plz)\s+)?(?:stop|quit)\s+(\p{L}+ing)\b(.*)$/isu;
const avoidance = /^(?:(?:please|pls|plz)\s+)?avoid\s+(.+)$/isu;
const reportedVerb = /(?:ed|made|gave|said|told|got|kept|let|put|did|had|was|were|went|knew|took|sent|found|came)$/iu;

/**
 * The behaviour a clause describes, in the critique's own words: the subject ("it", "the bot", "you") is dropped
 * and prohibitions are turned into the behaviour they forbid ("don't use emojis" → "uses emojis",
 * "stop asking for my email" → "asking for my email", "avoid jargon" → "jargon"). Nothing is paraphrased.
 */
export function describeBehaviour(clause: string): string {
  let text = clause.replace(/\s+/gu, ' ').trim();
  text = text.replace(subject, '');
  const prohibited = prohibition.exec(text);
  if (prohibited && !reportedVerb.test(prohibited[1]!)) text = `${thirdPerson(prohibited[1]!)}${prohibited[2]}`;
  else {
    const ceased = cessation.exec(text) ?? avoidance.exec(text);
    if (ceased) text = `${ceased[1]}${ceased[2] ?? ''}`;
  }
  text = text.replace(/[\s.,;:!]+$/u, '').trim();
  if (/^\p{Lu}\p{Ll}/u.test(text) && !/^I\b/u.test(text)) text = text[0]!.toLowerCase() + text.slice(1);
  return text.length > 0 ? text : clause.trim();
}

function thirdPerson(verb: string): string {
  const lower = verb.toLowerCase();
  const irregular: Record<string, string> = { be: 'is', have: 'has', do: 'does', go: 'goes' };
  if (irregular[lower]) return irregular[lower];
  if (/(?:s|sh|ch|x|z|o)$/u.test(lower)) return `${lower}es`;
  if (/[^aeiou]y$/u.test(lower)) return `${lower.slice(0, -1)}ies`;
  return `${lower}s`;
}
