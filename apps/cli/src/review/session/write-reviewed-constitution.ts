import { join } from 'node:path';
import { renderConstitutionMarkdown } from '@tenets/core';
import { writeTextAtomic } from '@tenets/formats';
import type { ReviewModel } from './review-model.ts';

/**
 * Rewrites `<run>/constitution.md` from the reviewed principles (order, edits, rejections, redrafts), so the
 * readable constitution always says what the review decided. constitution.json stays the run's own draft.
 */
export async function writeReviewedConstitution(model: ReviewModel): Promise<string | undefined> {
  const { artefacts } = model;
  if (!artefacts.constitution) return undefined;
  const engineNote = artefacts.manifest?.engineNote ?? `Produced by the ${artefacts.constitution.engine} engine.`;
  const reviewNote = model.decisions === 0 ? '' : ` Reviewed: ${model.decisions} decision${model.decisions === 1 ? '' : 's'} applied${model.unmatched.length > 0 ? `, ${model.unmatched.length} no longer apply` : ''} (review.json).`;
  const path = join(artefacts.runDir, 'constitution.md');
  await writeTextAtomic(path, renderConstitutionMarkdown({ ...artefacts.constitution, principles: model.principles }, { engineNote: `${engineNote}${reviewNote}` }));
  return path;
}
