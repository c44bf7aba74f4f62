import type { ReviewController } from '../review-controller.ts';
import { createReviewController } from './create-review-controller.ts';
import { fileDecisionLog } from './file-decision-log.ts';
import { readReviewArtefacts } from './read-review-artefacts.ts';
import { writeReviewedConstitution } from './write-reviewed-constitution.ts';

/**
 * A review of the run in `runDir`: decisions go to review.json at once, and after each one constitution.md is
 * rewritten from the reviewed result.
 */
export async function openReviewSession(runDir: string): Promise<{ controller: ReviewController; warnings: string[] }> {
  const { artefacts, warnings } = await readReviewArtefacts(runDir);
  const inner = await createReviewController(artefacts, fileDecisionLog(runDir));
  const controller: ReviewController = {
    ...inner,
    decide: async (action) => {
      const model = await inner.decide(action);
      await writeReviewedConstitution(model);
      return model;
    },
    undo: async () => {
      const model = await inner.undo();
      if (model) await writeReviewedConstitution(model);
      return model;
    },
  };
  return { controller, warnings };
}
