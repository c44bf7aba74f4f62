export { groundFeedbackLlm, type GroundFeedbackLlmOptions, type GroundFeedbackLlmResult, type GroundingFailure } from './llm/ground-feedback-llm.ts';
export { GROUNDING_PROMPT_VERSION } from './llm/grounding-prompt.ts';
export type { UngroundableReason } from './llm/grounding-schema.ts';
export { groundOffline, groundOfflineClauses, type OfflineGrounding, type SetAsideClause } from './offline/ground-offline.ts';
export type { ClauseKind } from './offline/classify-clause.ts';
export { splitClauses, type TextSpan } from './offline/split-clauses.ts';
export { scoreSign } from './offline/detect-sign.ts';
export { critiqueSign } from './offline/critique-sign.ts';
export { groundFeedback, type GroundFeedbackOptions, type GroundFeedbackResult } from './ground-feedback.ts';
