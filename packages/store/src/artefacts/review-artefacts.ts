import { reviewModelDraftsSchema, reviewSchema } from '@tenets/core';
import { z } from 'zod';
import { defineArtefact } from '../artefact-definition.ts';

const tenetsReview = 'tenets review <run-dir>';

/** The reviewer's decisions. Input, not derived: never made stale by a re-run (anchors re-match instead). */
export const reviewArtefacts = {
  review: defineArtefact({ file: 'review.json', format: 'json', schema: reviewSchema, schemaVersion: 1, producedBy: tenetsReview, derivedFrom: [], description: 'Review decisions (rename, merge, split, noise, accept, reject, edit, reorder) keyed by feedback-id anchors.' }),
  // The screen's own state; the TUI validates its fields (a broken one only costs the cursor position).
  'review-ui': defineArtefact({ file: 'review-ui.json', format: 'json', schema: z.record(z.string(), z.unknown()), schemaVersion: 1, producedBy: tenetsReview, derivedFrom: [], description: 'Where the review was left: screen, cursors, open cluster, filters.' }),
  'review-model-drafts': defineArtefact({ file: 'review-model-drafts.json', format: 'json', schema: reviewModelDraftsSchema, schemaVersion: 1, producedBy: `${tenetsReview} --model <spec> (D)`, derivedFrom: ['clusters'], description: 'Metric and principle drafts a model made in the review for changed clusters, by cluster id.' }),
};
