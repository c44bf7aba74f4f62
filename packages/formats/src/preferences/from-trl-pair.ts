import { coerceText } from '../shapes/coerce.ts';

interface Message {
  role: string;
  content: unknown;
}

const isMessageList = (value: unknown): value is Message[] =>
  Array.isArray(value) && value.length > 0 && value.every((entry) => typeof entry === 'object' && entry !== null && typeof (entry as Message).role === 'string' && 'content' in entry);

const messageText = (message: Message): string => (typeof message.content === 'string' ? message.content : String(coerceText(message.content) ?? ''));

const renderMessages = (messages: readonly Message[]): string => messages.map((message) => `${message.role}: ${messageText(message)}`).join('\n\n');

/**
 * A TRL preference row (`prompt`, `chosen`, `rejected`): plain strings, or conversational message lists.
 * With message lists the compared texts are the final messages; earlier messages (an implicit prompt,
 * shared by both sides) join the explicit prompt, rendered `role: content` one message per paragraph.
 * Anything else is passed on for schema validation to report.
 */
export function fromTrlPair(prompt: unknown, chosen: unknown, rejected: unknown): { prompt?: unknown; chosen: unknown; rejected: unknown } {
  if (!isMessageList(chosen) || !isMessageList(rejected)) return { chosen: coerceText(chosen), rejected: coerceText(rejected) };
  const chosenLast = chosen[chosen.length - 1]!;
  const rejectedLast = rejected[rejected.length - 1]!;
  const shared = chosen.slice(0, -1);
  const explicit = isMessageList(prompt) ? renderMessages(prompt) : typeof prompt === 'string' && prompt.trim() !== '' ? prompt : undefined;
  const implicit = shared.length > 0 ? renderMessages(shared) : undefined;
  const joined = [explicit, implicit].filter((part) => part !== undefined).join('\n\n');
  return { ...(joined !== '' ? { prompt: joined } : {}), chosen: messageText(chosenLast), rejected: messageText(rejectedLast) };
}
