import { TenetsArtefactError, type Metric, type UnmatchedDecision } from '@tenets/core';
import { artefacts, type RunStore } from '@tenets/store';
import { readReviewedRun } from '../review/read-reviewed-run.ts';

export interface RunMetrics {
  /** The reviewed metrics: rejected ones left out, edits applied. */
  metrics: Metric[];
  /** Which artefact they come from: the induced set of `tenets metrics` when there is one, else the per-cluster metrics of `tenets run`. */
  source: 'metric-set' | 'metrics';
  /** How many review decisions were applied, and which matched nothing. */
  decisions: number;
  unmatched: UnmatchedDecision[];
}

/** The metrics a judge or an export uses, with the review applied. */
export async function readRunMetrics(run: RunStore): Promise<RunMetrics> {
  const source = run.has('metric-set') ? 'metric-set' : 'metrics';
  const unreviewed = source === 'metric-set' ? (await run.read('metric-set')).metrics : (await run.read('metrics')).metrics;
  if (unreviewed.length === 0) {
    throw new TenetsArtefactError({ file: artefacts[source].file, artefact: source, problem: 'invalid', message: 'holds no metrics', command: artefacts[source].producedBy });
  }
  // The per-cluster metrics are reviewed as the screens show them (changed clusters redrafted); an induced set as it is.
  const reviewed = await readReviewedRun(run, source === 'metrics' ? {} : { metrics: unreviewed });
  if (reviewed.metrics.length === 0) throw new TenetsArtefactError({ file: artefacts.review.file, artefact: 'review', problem: 'invalid', message: `the review rejects every one of the ${unreviewed.length} metrics`, hint: 'Restore a metric in the review, or remove review.json.' });
  return { metrics: reviewed.metrics, source, decisions: reviewed.review.decisions.length, unmatched: reviewed.unmatched };
}
