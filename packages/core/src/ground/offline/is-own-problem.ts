import { words } from '../../text/content-tokens.ts';
import { namesAssistant } from './names-assistant.ts';

/** What goes wrong with an order or in the critic's life, not in the conversation. */
const worldEvent =
  /\b(?:arrived|arrive|arriving|delivered|delivery|shipped|parcel|package|charged|broke|broken|damaged|cracked|defective|faulty|leak(?:s|ed|ing)?|stopped working|(?:does ?n[o']?t|do ?n[o']?t|is ?n[o']?t|not|never) work(?:ing|ed)?|wrong (?:size|colou?r|item|model|address)|missing (?:a|the|some|two|parts?)\b|never (?:came|showed up)|lost in (?:the )?(?:post|mail|transit)|out of stock|died|passed away|flight|cancell?ed|birthday|sick|hospital)\b/giu;
const openers = new Set(['i', 'im', 'ive', 'id', 'we', 'my', 'our', 'me', 'mine', 'the', 'this', 'that']);

/**
 * True for the critic's own problem with a product, a delivery or their life ("My air fryer stopped working after a week, which
 * is annoying enough on its own", "the parcel arrived damaged", "I bought a lamp and it is missing a part"), even
 * when it carries complaint words: it opens with the critic or a thing, names a delivery, defect or life event,
 * and names neither the assistant nor its output (the "it" of such a story is the product).
 */
export function isOwnProblem(clause: string): boolean {
  const first = words(clause)[0];
  if (first === undefined || !openers.has(first)) return false;
  const withoutEvents = clause.replace(worldEvent, ' ');
  // "stopped working": the event's own words ("working") do not name the assistant's working.
  return withoutEvents !== clause && !namesAssistant(withoutEvents, { pronouns: false });
}
