export { groupAnchorSchema, aspectAnchorSchema, pairAnchorSchema, type GroupAnchor, type AspectAnchor, type PairAnchor } from './review-anchor.ts';
export { reviewDecisionSchema, reviewSchema, reviewSchemaVersion, type ReviewDecision, type ReviewDecisionType, type Review } from './review-decision.ts';
export { anchorOf, feedbackIdsOf } from './anchor-of.ts';
export { matchGroup, minimumAnchorSimilarity } from './match-group.ts';
export { applyReview, type ApplyReviewInput, type ApplyReviewResult, type ReviewedCluster, type UnmatchedDecision } from './apply-review.ts';
export { applyReviewWithRedraft, redraftOffline, type ApplyReviewWithRedraftInput, type ClusterRedraft } from './apply-review-with-redraft.ts';
export { reviewModelDraftsSchema, type ReviewModelDrafts } from './review-model-drafts.ts';
