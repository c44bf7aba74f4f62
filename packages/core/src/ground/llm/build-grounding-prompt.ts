import { delimit } from '../../llm/delimit.ts';
import type { Feedback } from '../../schemas/feedback.ts';
import { quotedFragments } from '../../evidence/quoted-fragments.ts';
import { renderFeedbackContext, type RenderContextOptions } from '../../evidence/render-feedback-context.ts';

export type GroundingRenderOptions = Omit<RenderContextOptions, 'anchors'>;

/** A critique with its rendered context: the part of a grounding prompt that is about one item. */
export function renderGroundingItem(feedback: Feedback, options: GroundingRenderOptions = {}): string {
  const context = renderFeedbackContext(feedback.context, { ...options, anchors: quotedFragments(feedback.critique) });
  return `${context}\n${delimit('critique', feedback.critique)}`;
}

/** The user prompt for grounding one critique. */
export function buildGroundingPrompt(renderedItem: string): string {
  return `${renderedItem}\n\nGround the critique above.`;
}

/** The user prompt for grounding several short critiques; `items` carry their short in-prompt ids. */
export function buildBatchGroundingPrompt(items: ReadonlyArray<{ critiqueId: string; rendered: string }>): string {
  const blocks = items.map((item) => `Critique ${item.critiqueId}\n${item.rendered}`);
  const ids = items.map((item) => item.critiqueId).join(', ');
  return `${blocks.join('\n\n')}\n\nGround each critique above. Answer once for every critique id: ${ids}.`;
}
