import { delimit } from '../llm/delimit.ts';
import type { FeedbackContext } from '../schemas/feedback.ts';
import { renderStepFields } from './evidence-target.ts';
import { truncateAround } from './truncate-around.ts';

export interface RenderContextOptions {
  /** Fragments to keep visible when a field is truncated (e.g. what the critique quotes). */
  anchors?: readonly string[];
  /** Longest a single field (response, message, step field) may be. @default 6000 */
  maxFieldChars?: number;
  /** Rough budget for the whole rendered context; fields shrink evenly to fit it. @default 24000 */
  maxContextChars?: number;
}

/** Shortest a field is ever cut to, however many fields share the budget. */
const minFieldChars = 240;

/**
 * Renders what a critique is about as delimited blocks: `<prompt>` (the input or task), `<transcript>`
 * (chat messages with indices), `<response>`, `<trajectory>` (steps labelled `[step i]`). Long fields are
 * truncated around the anchors with a visible `…[truncated N chars]…` marker; user text never leaves its block.
 */
export function renderFeedbackContext(context: FeedbackContext | undefined, options: RenderContextOptions = {}): string {
  const { anchors = [], maxFieldChars = 6000, maxContextChars = 24_000 } = options;
  if (!context || !hasContent(context)) return '(No prompt, response or trajectory was recorded with this critique.)';
  const fieldCount =
    (context.prompt ? 1 : 0) +
    (context.response ? 1 : 0) +
    (context.messages?.length ?? 0) +
    (context.trajectory ?? []).reduce((total, step) => total + (step.thought ? 1 : 0) + (step.action ? 1 : 0) + (step.observation ? 1 : 0), 0);
  const perField = Math.max(minFieldChars, Math.min(maxFieldChars, Math.floor(maxContextChars / Math.max(1, fieldCount))));
  const limit = (text: string, maxChars = perField) => truncateAround(text, maxChars, anchors);
  const blocks: string[] = [];
  if (context.prompt) blocks.push(delimit('prompt', limit(context.prompt, Math.ceil(perField / 2))));
  if (context.messages?.length) {
    blocks.push(delimit('transcript', context.messages.map((message, index) => `[${index}] ${message.role}: ${limit(message.content)}`).join('\n')));
  }
  if (context.response) blocks.push(delimit('response', limit(context.response)));
  if (context.trajectory?.length) {
    const steps = context.trajectory.map((step, index) => `[step ${index}]\n${renderStepFields(step, limit) || '(empty step)'}`);
    blocks.push(delimit('trajectory', steps.join('\n')));
  }
  return blocks.join('\n');
}

function hasContent(context: FeedbackContext): boolean {
  return Boolean(context.prompt || context.response || context.messages?.length || context.trajectory?.length);
}
