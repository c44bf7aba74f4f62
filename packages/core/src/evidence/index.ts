export { renderItem, truncateField, type RenderItemOptions } from './render-item.ts';
export { evidenceTarget, type EvidenceTarget } from './evidence-target.ts';
export { locateQuote, type QuoteLocation, type QuoteMatch, type LocateQuoteOptions } from './locate-quote.ts';
export { renderFeedbackContext, type RenderContextOptions } from './render-feedback-context.ts';
export { truncateAround, truncationMarker } from './truncate-around.ts';
