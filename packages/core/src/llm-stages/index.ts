export { groundFeedbackLlm, type GroundFeedbackLlmOptions, type GroundFeedbackLlmResult, type GroundingFailure } from './ground-feedback-llm.ts';
export { GROUNDING_PROMPT_VERSION } from './grounding-prompt.ts';
export type { UngroundableReason } from './grounding-schema.ts';
export { evidenceTarget, type EvidenceTarget } from './evidence-target.ts';
export { locateQuote, type QuoteLocation, type QuoteMatch, type LocateQuoteOptions } from './locate-quote.ts';
export { renderFeedbackContext, type RenderContextOptions } from './render-feedback-context.ts';
export { truncateAround, truncationMarker } from './truncate-around.ts';
