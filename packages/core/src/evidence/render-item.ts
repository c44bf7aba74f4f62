import type { FeedbackContext } from '../schemas/feedback.ts';

export interface RenderItemOptions {
  /** The longest a single field (thought, action, observation, message, response) may be. @default 2000 */
  maxFieldChars?: number;
  /** The longest the whole rendering may be; middle steps are elided beyond it. @default 24000 */
  maxChars?: number;
  /** Quotes to keep visible: truncation windows around them, and steps holding them are never elided. */
  evidence?: readonly string[];
}

/**
 * Renders an item for a prompt: "The task is …", then numbered steps (Thought/Action/Observation), the
 * conversation, or the response. Long fields are cut with a visible marker, windowed around evidence
 * when it is known; never silently.
 */
export function renderItem(context: FeedbackContext | undefined, options: RenderItemOptions = {}): string {
  const { maxFieldChars = 2000, maxChars = 24_000, evidence = [] } = options;
  const field = (label: string, text: string) => `${label}: ${truncateField(text, maxFieldChars, evidence)}`;
  const head: string[] = [];
  if (context?.prompt) head.push(field('The task is', context.prompt));
  const blocks: Array<{ text: string; required: boolean }> = [];

  context?.trajectory?.forEach((step, index) => {
    const lines = [`Step ${index + 1}`];
    if (step.thought) lines.push(field('Thought', step.thought));
    if (step.action) lines.push(field('Action', step.action));
    if (step.observation) lines.push(field('Observation', step.observation));
    blocks.push({ text: lines.join('\n'), required: containsEvidence(step.thought, step.action, step.observation, evidence) });
  });
  context?.messages?.forEach((message) => {
    blocks.push({ text: field(`[${message.role}]`, message.content), required: containsEvidence(message.content, undefined, undefined, evidence) });
  });
  if (context?.response) blocks.push({ text: field('Response', context.response), required: true });
  if (blocks.length > 0) {
    blocks[0]!.required = true;
    blocks[blocks.length - 1]!.required = true;
  }
  if (head.length === 0 && blocks.length === 0) return '(the item has no content)';

  const budget = Math.max(0, maxChars - head.join('\n').length);
  const kept = elideSteps(blocks, budget, context?.trajectory?.length ? 'step' : 'message');
  return [...head, ...kept].join('\n\n');
}

function containsEvidence(first: string | undefined, second: string | undefined, third: string | undefined, evidence: readonly string[]): boolean {
  const haystack = [first, second, third].filter(Boolean).join('\n').toLowerCase();
  return evidence.some((quote) => quote.length > 0 && haystack.includes(quote.toLowerCase()));
}

function marker(characters: number): string {
  return `[… ${characters} characters truncated …]`;
}

/** Cuts a field to `max` characters plus markers, keeping the first evidence quote it contains in view. */
export function truncateField(text: string, max: number, evidence: readonly string[] = []): string {
  if (text.length <= max) return text;
  const lower = text.toLowerCase();
  for (const quote of evidence) {
    const position = quote.length > 0 ? lower.indexOf(quote.toLowerCase()) : -1;
    if (position < 0) continue;
    const room = Math.max(max, quote.length);
    const start = Math.max(0, Math.min(position - Math.floor((room - quote.length) / 2), text.length - room));
    const end = Math.min(text.length, start + room);
    return `${start > 0 ? `${marker(start)} ` : ''}${text.slice(start, end)}${end < text.length ? ` ${marker(text.length - end)}` : ''}`;
  }
  const headLength = Math.ceil((max * 2) / 3);
  const tailLength = max - headLength;
  return `${text.slice(0, headLength)} ${marker(text.length - max)} ${text.slice(text.length - tailLength)}`;
}

/** Drops unrequired blocks from the middle outwards until the rest fits, leaving one marker per gap. */
function elideSteps(blocks: Array<{ text: string; required: boolean }>, budget: number, unit: string): string[] {
  const size = (indices: number[]) => indices.reduce((sum, index) => sum + blocks[index]!.text.length + 2, 0);
  const keep = blocks.map((_, index) => index);
  const middle = (blocks.length - 1) / 2;
  const removable = keep.filter((index) => !blocks[index]!.required).sort((left, right) => Math.abs(left - middle) - Math.abs(right - middle) || left - right);
  const dropped = new Set<number>();
  for (const index of removable) {
    if (size(keep.filter((candidate) => !dropped.has(candidate))) <= budget) break;
    dropped.add(index);
  }
  const output: string[] = [];
  let gapStart = -1;
  blocks.forEach((block, index) => {
    if (dropped.has(index)) {
      if (gapStart < 0) gapStart = index;
      const nextKept = !dropped.has(index + 1);
      if (nextKept) {
        output.push(gapStart === index ? `[… ${unit} ${index + 1} omitted for length …]` : `[… ${unit}s ${gapStart + 1}–${index + 1} omitted for length …]`);
        gapStart = -1;
      }
      return;
    }
    output.push(block.text);
  });
  return output;
}
