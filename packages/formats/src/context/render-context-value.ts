import { messageSchema, type Message } from '@tenets/core';
import { coerceJsonCell, coerceMessages, isBlankValue } from '../shapes/coerce.ts';

/** Longest text kept from one context input or output; longer values are cut with `…`. */
export const maxContextChars = 16_000;
/** Most chat messages kept from one context input (the last ones, where the exchange ends). */
export const maxContextMessages = 100;

export interface RenderedContextValue {
  text?: string;
  messages?: Message[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function truncate(text: string, maxChars: number): string {
  return text.length > maxChars ? `${text.slice(0, maxChars - 1)}…` : text;
}

function isMessageLike(value: unknown): boolean {
  return isRecord(value) && typeof value.role === 'string' && 'content' in value;
}

/** A role/content list as canonical messages, or undefined when any element is not one. */
function asMessages(list: unknown[], maxChars: number): Message[] | undefined {
  if (list.length === 0 || !list.every(isMessageLike)) return undefined;
  const parsed = messageSchema.array().safeParse(coerceMessages(list));
  if (!parsed.success) return undefined;
  return parsed.data.slice(-maxContextMessages).map((message) => ({ ...message, content: truncate(message.content, maxChars) }));
}

/**
 * A trace/observation/run `input` or `output` as context: strings kept (JSON text in CSV cells parsed first),
 * role/content lists as messages, a single message as its content, single-key wrappers (`{ question: … }`,
 * `{ messages: […] }`) unwrapped, anything else as compact JSON; text cut at `maxChars`.
 */
export function renderContextValue(value: unknown, maxChars = maxContextChars): RenderedContextValue {
  if (isBlankValue(value)) return {};
  let inner = coerceJsonCell(value);
  while (isRecord(inner) && Object.keys(inner).length === 1 && !isMessageLike(inner)) inner = Object.values(inner)[0];
  if (isBlankValue(inner)) return {};
  if (typeof inner === 'string') return { text: truncate(inner, maxChars) };
  if (typeof inner === 'number' || typeof inner === 'boolean') return { text: String(inner) };
  if (Array.isArray(inner)) {
    const messages = asMessages(inner, maxChars);
    if (messages) return { messages };
  }
  if (isMessageLike(inner)) {
    const messages = asMessages([inner], maxChars);
    if (messages) return { text: messages[0].content };
  }
  return { text: truncate(JSON.stringify(inner), maxChars) };
}
