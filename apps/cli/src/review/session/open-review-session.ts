import { openRun } from '@tenets/store';
import { createReviewController, type ReviewSessionController } from './create-review-controller.ts';
import type { ReviewModelDrafter } from './model-redraft.ts';
import { readReviewArtefacts } from './read-review-artefacts.ts';
import { storeDecisionLog } from './store-decision-log.ts';
import { writeReviewedConstitution } from './write-reviewed-constitution.ts';

/**
 * A review of the run in `runDir` through the run store: decisions go to review.json at once, and after each
 * one constitution.md is rewritten from the reviewed result.
 */
export async function openReviewSession(runDir: string, options: { drafter?: ReviewModelDrafter } = {}): Promise<{ controller: ReviewSessionController }> {
  const run = await openRun(runDir);
  const artefacts = await readReviewArtefacts(run);
  const inner = await createReviewController(artefacts, storeDecisionLog(run), options);
  const written = async <MODEL extends Parameters<typeof writeReviewedConstitution>[1] | undefined>(model: MODEL): Promise<MODEL> => {
    if (model) await writeReviewedConstitution(run, model);
    return model;
  };
  const controller: ReviewSessionController = {
    ...inner,
    decide: async (action) => written(await inner.decide(action)),
    record: async (decision) => written(await inner.record(decision)),
    undo: async () => written(await inner.undo()),
    redraftWithModel: async (clusterId) => {
      const outcome = await inner.redraftWithModel!(clusterId);
      return { ...outcome, model: await written(outcome.model) };
    },
  };
  return { controller };
}
