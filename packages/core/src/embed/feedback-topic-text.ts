import type { FeedbackContext } from '../schemas/feedback.ts';

/**
 * Which part of a feedback's context names the topic: `input` is what the assistant was asked (the prompt,
 * user and system messages); `all` adds what it produced (the response, assistant and tool messages, every
 * trajectory step).
 */
export type TopicSource = 'input' | 'all';

/**
 * What a critique was written about, as one text. Words a behaviour shares with it are mostly the topic of the
 * question ("water", "tiger"), not what the assistant did.
 */
export function feedbackTopicText(context: FeedbackContext | undefined, source: TopicSource): string | undefined {
  if (context === undefined) return undefined;
  const parts: string[] = [];
  if (context.prompt) parts.push(context.prompt);
  for (const message of context.messages ?? []) {
    if (message.content && (source === 'all' || message.role === 'user' || message.role === 'system')) parts.push(message.content);
  }
  if (source === 'all') {
    if (context.response) parts.push(context.response);
    for (const step of context.trajectory ?? []) {
      for (const field of [step.thought, step.action, step.observation]) if (field) parts.push(field);
    }
  }
  return parts.length > 0 ? parts.join('\n') : undefined;
}
