import { join } from 'node:path';
import { writeJsonAtomic } from '@tenets/formats';
import { z } from 'zod';
import { reviewActionSchema, type ReviewAction } from '../review-action.ts';
import { savedReviewUiStateSchema, type SavedReviewUiState } from '../review-ui-state.ts';
import type { ReviewDecisionLog } from './create-review-controller.ts';
import { readJsonArtefact } from './read-json-artefact.ts';

export const reviewFiles = { decisions: 'review.json', uiState: 'review-ui.json' } as const;

const reviewFileSchema = z.object({ schemaVersion: z.literal(1), decisions: z.array(reviewActionSchema) });

/**
 * Decisions in `<run>/review.json`, rewritten atomically (temp file + rename) on every decision, so a kill
 * at any moment leaves either the old or the new list, never half of one. The cursor lives in review-ui.json.
 */
export function fileDecisionLog(runDir: string): ReviewDecisionLog {
  const decisionsPath = join(runDir, reviewFiles.decisions);
  const uiPath = join(runDir, reviewFiles.uiState);
  let decisions: ReviewAction[] | undefined;
  const load = async () => (decisions ??= (await readJsonArtefact(decisionsPath, reviewFileSchema, { optional: true, hint: `Fix or delete ${decisionsPath} (your review decisions).` }))?.decisions ?? []);
  const save = (next: ReviewAction[]) => writeJsonAtomic(decisionsPath, { schemaVersion: 1, decisions: next }).then(() => void (decisions = next));
  return {
    read: async () => [...(await load())],
    append: async (action) => save([...(await load()), action]),
    removeLast: async () => {
      const current = await load();
      if (current.length === 0) return false;
      await save(current.slice(0, -1));
      return true;
    },
    // A broken or missing UI state only costs the cursor position.
    readUiState: async () => readJsonArtefact(uiPath, savedReviewUiStateSchema, { optional: true, hint: '' }).catch(() => undefined),
    writeUiState: async (state: SavedReviewUiState) => void (await writeJsonAtomic(uiPath, state)),
  };
}
