import { renderConstitutionMarkdown, renderTestedConstitutionMarkdown, type TestedConstitution } from '@tenets/core';
import type { RunStore } from '@tenets/store';
import type { ReviewModel } from './review-model.ts';

/**
 * Rewrites the `constitution-markdown` artefact (constitution.md) from the reviewed principles (order, edits,
 * rejections, redrafts), so the readable constitution says what the review decided. constitution.json stays
 * the run's own draft, so the review can always be replayed over it.
 */
export async function writeReviewedConstitution(run: RunStore, model: ReviewModel): Promise<string | undefined> {
  const { artefacts } = model;
  if (!artefacts.constitution) return undefined;
  const engineNote = artefacts.run?.engineNote ?? `Produced by the ${artefacts.constitution.engine} engine.`;
  const reviewNote = model.decisions === 0 ? '' : ` Reviewed: ${model.decisions} decision${model.decisions === 1 ? '' : 's'} applied${model.unmatched.length > 0 ? `, ${model.unmatched.length} no longer apply` : ''} (review.json).`;
  const markdown = artefacts.testedConstitution
    ? `${renderTestedConstitutionMarkdown(reviewedTested(artefacts.testedConstitution, model))}${reviewNote ? `\n>${reviewNote}\n` : ''}`
    : renderConstitutionMarkdown({ ...artefacts.constitution, principles: model.principles }, { engineNote: `${engineNote}${reviewNote}` });
  return (await run.write('constitution-markdown', markdown, { command: 'tenets review', derivedFrom: ['constitution', 'review'] })).path;
}

/** The tested constitution in review order, with edited texts and without rejected principles; figures kept. */
function reviewedTested(tested: TestedConstitution, model: ReviewModel): TestedConstitution {
  const byId = new Map(tested.principles.map((principle) => [principle.id, principle]));
  const principles = model.principles.flatMap((view) => {
    const original = byId.get(view.id);
    return original ? [{ ...original, text: view.text }] : [];
  });
  return { ...tested, principles, size: principles.length };
}
