import type { ReviewModelDrafts } from '@tenets/core';

/** Model redrafts by cluster id, as the `review-model-drafts` artefact holds them. */
export type ModelDrafts = ReviewModelDrafts['clusters'];
