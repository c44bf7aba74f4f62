import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { reviewSchemaVersion } from '@tenets/core';
import { safeParseJsonText, writeJsonAtomic } from '@tenets/formats';
import type { RunStore } from '@tenets/store';
import { savedReviewUiStateSchema } from '../review-ui-state.ts';
import type { ReviewDecisionLog } from './create-review-controller.ts';
import { modelDraftsFile, modelDraftsSchema } from './model-drafts-file.ts';

/** Where the cursor is kept: a small file beside the artefacts, not an artefact (nothing derives from it). */
export const reviewUiStateFile = 'review-ui.json';

/**
 * Decisions in the run's `review` artefact: `run.appendDecision` rewrites review.json atomically on every
 * decision, so a kill at any moment leaves the old or the new list, never half of one.
 */
export function storeDecisionLog(run: RunStore): ReviewDecisionLog {
  const uiPath = join(run.dir, reviewUiStateFile);
  const draftsPath = join(run.dir, modelDraftsFile);
  return {
    read: async () => (await run.readReview()).decisions,
    append: async (decision) => void (await run.appendDecision(decision)),
    removeLast: async () => {
      const review = await run.readReview();
      if (review.decisions.length === 0) return false;
      await run.write('review', { schemaVersion: reviewSchemaVersion, decisions: review.decisions.slice(0, -1) }, { command: 'tenets review' });
      return true;
    },
    // A broken or missing UI state only costs the cursor position.
    readUiState: async () => {
      const text = await readFile(uiPath, 'utf8').catch(() => undefined);
      const json = text === undefined ? undefined : safeParseJsonText(text);
      const parsed = json?.success ? savedReviewUiStateSchema.safeParse(json.value) : undefined;
      return parsed?.success ? parsed.data : undefined;
    },
    writeUiState: async (state) => void (await writeJsonAtomic(uiPath, state)),
    // A broken drafts file costs the model drafts (the offline ones show); it is never half written.
    readModelDrafts: async () => {
      const text = await readFile(draftsPath, 'utf8').catch(() => undefined);
      const json = text === undefined ? undefined : safeParseJsonText(text);
      const parsed = json?.success ? modelDraftsSchema.safeParse(json.value) : undefined;
      return parsed?.success ? parsed.data.clusters : {};
    },
    writeModelDrafts: async (clusters) => void (await writeJsonAtomic(draftsPath, { schemaVersion: 1, clusters })),
  };
}
