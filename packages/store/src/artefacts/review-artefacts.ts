import { reviewSchema } from '@tenets/core';
import { defineArtefact } from '../artefact-definition.ts';

/** The reviewer's decisions. Input, not derived: never made stale by a re-run (anchors re-match instead). */
export const reviewArtefacts = {
  review: defineArtefact({ file: 'review.json', format: 'json', schema: reviewSchema, schemaVersion: 1, producedBy: 'tenets review <run-dir>', derivedFrom: [], description: 'Review decisions (rename, merge, split, noise, accept, reject, edit, reorder) keyed by feedback-id anchors.' }),
};
