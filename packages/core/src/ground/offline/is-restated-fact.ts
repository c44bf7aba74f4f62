import { contentTokens, words } from '../../text/content-tokens.ts';
import type { FeedbackContext } from '../../schemas/feedback.ts';
import { asksAfterOmission } from './is-fragment.ts';
import { namesAssistant } from './names-assistant.ts';

/** "should", "must", "needs to": the clause says what the answer ought to do, which is about the assistant. */
const prescriptive = new Set(['should', 'shouldve', 'shouldnt', 'must', 'need', 'needs', 'needed', 'supposed', 'ought', 'instead']);
/** A negated clause ("doesn't talk about mass transport") is about what the response left out. */
const negators = new Set(['not', 'no', 'never', 'dont', 'doesnt', 'didnt', 'isnt', 'wasnt', 'arent', 'werent', 'cant', 'cannot', 'wont', 'without', 'nothing', 'neither', 'nor']);

/** Share of a clause's content words that must also be in the prompt for the clause to be a restatement of it. */
export const restatedShare = 0.75;

/**
 * True for a clause that restates the problem rather than naming what the assistant did: three quarters of its
 * content words (at least two, compared by stem) are the prompt's ("gary is furry" for a prompt about Gary's furry cat,
 * "the tank holds 50 litres"), it names neither the assistant nor its output, prescribes nothing ("should …"),
 * asks after nothing ("what about the lunch break?"), denies nothing ("doesn't talk about …" is about the response) and carries no praise or complaint.
 */
export function isRestatedFact(clause: string, signScore: number, context: FeedbackContext | undefined): boolean {
  const prompt = promptText(context);
  if (prompt.length === 0 || signScore !== 0 || asksAfterOmission(clause)) return false;
  // Numbers count as words of the problem here ("the track is 400 m" restates "a 400 m track").
  const stems = new Set([...contentTokens(clause).map((token) => token.stem), ...numbers(clause)]);
  if (stems.size < 2) return false;
  // A verb of the problem itself ("a bag covers 0.5 m2") does not name the assistant.
  if (namesAssistant(clause, { pronouns: false, ignore: new Set(words(prompt)) }) || words(clause).some((word) => prescriptive.has(word) || negators.has(word))) return false;
  const promptStems = new Set([...contentTokens(prompt).map((token) => token.stem), ...numbers(prompt)]);
  const shared = [...stems].filter((stem) => promptStems.has(stem)).length;
  return shared / stems.size >= restatedShare;
}

/** The task the critique is about: the prompt, else the user's messages. */
function promptText(context: FeedbackContext | undefined): string {
  if (!context) return '';
  if (context.prompt && context.prompt.trim().length > 0) return context.prompt;
  return (context.messages ?? []).filter((message) => message.role === 'user').map((message) => message.content).join('\n');
}

function numbers(text: string): string[] {
  return [...text.matchAll(/\d+(?:[.,:]\d+)*/gu)].map((match) => match[0]);
}
