import { quotedFragments } from '../../evidence/quoted-fragments.ts';
import { contentTokens } from '../../text/content-tokens.ts';

export interface TopicStemsOptions {
  /** The text to weigh (a behaviour). */
  text: string;
  /** Stems of the text it was written about (see `contextStems`). */
  contextStems: ReadonlySet<string>;
  /** Words the text quotes ("it replied 'I didn't understand'") are evidence of the behaviour, not topic. @default true */
  keepQuotedWords?: boolean;
}

/**
 * The stems a text shares with its context: on a critique of an answer these are mostly the question's topic
 * ("water", "tiger"), not what the assistant did. Words inside quotes in the text are kept out when asked.
 */
export function topicStems({ text, contextStems, keepQuotedWords = true }: TopicStemsOptions): Set<string> {
  const shared = new Set<string>();
  if (contextStems.size === 0) return shared;
  for (const token of contentTokens(text)) if (contextStems.has(token.stem)) shared.add(token.stem);
  if (keepQuotedWords && shared.size > 0) {
    for (const fragment of quotedFragments(text)) for (const token of contentTokens(fragment)) shared.delete(token.stem);
  }
  return shared;
}

/** The content stems of a context text. */
export function contextStems(context: string): Set<string> {
  return new Set(contentTokens(context).map((token) => token.stem));
}
