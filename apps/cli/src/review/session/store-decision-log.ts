import { reviewSchemaVersion } from '@tenets/core';
import type { RunStore } from '@tenets/store';
import { savedReviewUiStateSchema } from '../review-ui-state.ts';
import type { ReviewDecisionLog } from './create-review-controller.ts';

/**
 * Decisions in the run's `review` artefact: `run.appendDecision` rewrites review.json atomically on every
 * decision, so a kill at any moment leaves the old or the new list, never half of one.
 */
export function storeDecisionLog(run: RunStore): ReviewDecisionLog {
  const lineage = { command: 'tenets review' };
  return {
    read: async () => (await run.readReview()).decisions,
    append: async (decision) => void (await run.appendDecision(decision)),
    removeLast: async () => {
      const review = await run.readReview();
      if (review.decisions.length === 0) return false;
      await run.write('review', { schemaVersion: reviewSchemaVersion, decisions: review.decisions.slice(0, -1) }, lineage);
      return true;
    },
    // A broken or missing UI state only costs the cursor position.
    readUiState: async () => {
      const stored = run.has('review-ui') ? await run.safeRead('review-ui') : undefined;
      const parsed = stored?.success ? savedReviewUiStateSchema.safeParse(stored.value) : undefined;
      return parsed?.success ? parsed.data : undefined;
    },
    writeUiState: async (state) => void (await run.write('review-ui', { ...state }, lineage)),
    // A broken drafts file costs the model drafts (the offline ones show); it is never half written.
    readModelDrafts: async () => {
      const stored = run.has('review-model-drafts') ? await run.safeRead('review-model-drafts') : undefined;
      return stored?.success ? stored.value.clusters : {};
    },
    writeModelDrafts: async (clusters) => void (await run.write('review-model-drafts', { schemaVersion: 1, clusters }, { ...lineage, derivedFrom: ['clusters'] })),
  };
}
