import type { FeedbackContext } from '../schemas/feedback.ts';

/** The text a response quote is verified against, with where each trajectory step sits in it. */
export interface EvidenceTarget {
  text: string;
  steps: Array<{ stepIndex: number; start: number; end: number }>;
}

const separator = '\n\n';

/**
 * The output a critique can be about, untruncated: the response, then the assistant messages, then each
 * trajectory step (`Thought:`/`Action:`/`Observation:` lines), joined by blank lines. The prompt and user
 * messages are left out on purpose: a quote from the input is not evidence of a behaviour.
 * `aspect.evidence.response.start/end` index into this text.
 */
export function evidenceTarget(context: FeedbackContext | undefined): EvidenceTarget {
  let text = '';
  const steps: EvidenceTarget['steps'] = [];
  const append = (part: string) => {
    if (text.length > 0) text += separator;
    const start = text.length;
    text += part;
    return start;
  };
  if (context?.response) append(context.response);
  for (const message of context?.messages ?? []) {
    if (message.role === 'assistant' && message.content.length > 0) append(message.content);
  }
  (context?.trajectory ?? []).forEach((step, stepIndex) => {
    const rendered = renderStepFields(step);
    if (rendered.length === 0) return;
    const start = append(rendered);
    steps.push({ stepIndex, start, end: text.length });
  });
  return { text, steps };
}

/** One trajectory step as labelled lines; shared with the prompt renderer so quotes line up. */
export function renderStepFields(step: { thought?: string; action?: string; observation?: string }, limit: (text: string) => string = (text) => text): string {
  const lines: string[] = [];
  if (step.thought) lines.push(`Thought: ${limit(step.thought)}`);
  if (step.action) lines.push(`Action: ${limit(step.action)}`);
  if (step.observation) lines.push(`Observation: ${limit(step.observation)}`);
  return lines.join('\n');
}

/** The trajectory step an offset range of the evidence target falls in, if any. */
export function stepAt(target: EvidenceTarget, start: number): number | undefined {
  return target.steps.find((step) => start >= step.start && start < step.end)?.stepIndex;
}
