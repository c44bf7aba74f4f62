import { isTestedConstitution, principleEvidenceIds, type Constitution, type SynthesisRecord, type TestedConstitution } from '@tenets/core';
import type { RunStore } from '@tenets/store';
import type { ReviewArtefacts, ReviewPreferencePair, ReviewPrincipleVotes } from '../review-artefacts.ts';

/**
 * Every artefact the review reads, through the run store. Feedback, aspects and clusters are required (the
 * store's error names the command that makes them); metrics, constitution and the run record are optional.
 */
export async function readReviewArtefacts(run: RunStore): Promise<ReviewArtefacts> {
  const [feedback, aspects, clustering, metrics, constitution, records] = await Promise.all([
    run.read('feedback'),
    run.read('aspects'),
    run.read('clusters'),
    run.has('metrics') ? run.read('metrics') : undefined,
    run.has('constitution') ? run.read('constitution') : undefined,
    run.has('synth-records') ? run.read('synth-records') : undefined,
  ]);
  const preferences = records ? preferencePairs(records) : [];
  const record = run.manifest.run;
  return {
    runDir: run.dir,
    ...(record ? { run: record } : {}),
    feedback,
    aspects,
    clustering,
    metrics: metrics?.metrics ?? [],
    ...(constitution === undefined ? {} : isTestedConstitution(constitution) ? testedParts(constitution) : { constitution }),
    ...(record?.counts.rejected === undefined ? {} : { rejects: record.counts.rejected }),
    ...(preferences.length > 0 ? { preferences } : {}),
  };
}

/** A tested constitution as the screens show it (see `ReviewArtefacts.constitution`), with its vote figures. */
function testedParts(tested: TestedConstitution): Pick<ReviewArtefacts, 'constitution' | 'testedConstitution' | 'votes'> {
  const heldOut = tested.reconstruction.heldOut;
  const constitution: Constitution = {
    engine: tested.engine,
    principles: tested.principles.map((principle) => ({
      id: principle.id,
      text: principle.text,
      supportingFeedbackIds: principleEvidenceIds(principle),
      support: { feedback: principle.sourceFeedbackIds.length, aspects: 0, positive: 0, negative: 0 },
      exampleCritiques: [],
      ...(principle.clusterId ? { clusterId: principle.clusterId } : {}),
      engine: principle.engine,
    })),
  };
  const votes: ReviewPrincipleVotes[] = tested.principles.map((principle) => ({
    principleId: principle.id,
    agree: principle.votes.for,
    disagree: principle.votes.against,
    strength: (principle.heldOut ?? principle.selection).strength,
    ...(heldOut?.withConstitution.agreement != null ? { agreementWith: heldOut.withConstitution.agreement } : {}),
    ...(heldOut?.withoutConstitution?.agreement != null ? { agreementWithout: heldOut.withoutConstitution.agreement } : {}),
  }));
  return { constitution, testedConstitution: tested, votes };
}

/**
 * The synthesised records (`tenets synth`) the Pairs screen browses: in-scope pairs (revised preferred to the
 * baseline) and near/out anchors (the baseline kept), with how they were verified. Prompt-only records (the
 * offline engine's `needsGeneration`) have no responses to show and are left out.
 */
function preferencePairs(records: readonly SynthesisRecord[]): ReviewPreferencePair[] {
  return records.flatMap((record): ReviewPreferencePair[] => {
    if (record.needsGeneration || !record.baseline) return [];
    const orders = record.verification.orders.map((verdict) => verdict.order).join(', ');
    return [
      {
        id: record.id,
        principleId: record.principleId,
        scope: record.scope,
        prompt: record.prompt,
        chosen: record.revised?.text ?? record.baseline.text,
        rejected: record.revised ? record.baseline.text : '(anchor: the baseline is kept as is)',
        verification: { passed: record.verification.passed, note: `${record.verification.method}${orders ? ` (${orders})` : ''}` },
      },
    ];
  });
}
