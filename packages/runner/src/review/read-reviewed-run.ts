import { applyReview, applyReviewWithRedraft, type AnyConstitution, type ApplyReviewResult, type Clustering, type Metric, type Review } from '@tenets/core';
import type { RunStore } from '@tenets/store';

export interface ReviewedRun extends ApplyReviewResult {
  review: Review;
}

const noClusters: Clustering = { engine: 'offline', clusterer: 'none', parameters: {}, clusters: [], noiseAspectIds: [], reassigned: [] };

/**
 * The run as the reviewer left it, as the review screens show it. With the per-cluster `metrics` (the default),
 * `applyReviewWithRedraft`: a merged, split or noise-marked cluster gets its metric and principle redrafted
 * offline, as in `tenets review`. With other metrics (an induced `metric-set`), plain `applyReview`. Artefacts
 * the run does not have are reviewed as empty.
 */
export async function readReviewedRun(run: RunStore, options: { metrics?: readonly Metric[]; constitution?: AnyConstitution } = {}): Promise<ReviewedRun> {
  const review = await run.readReview();
  const clusters = run.has('clusters') ? await run.read('clusters') : noClusters;
  const aspects = run.has('aspects') ? await run.read('aspects') : [];
  const metrics = options.metrics ?? (run.has('metrics') ? (await run.read('metrics')).metrics : []);
  const constitution = options.constitution ?? (run.has('constitution') ? await run.read('constitution') : undefined);
  if (options.metrics || review.decisions.length === 0) return { ...applyReview({ clusters, aspects, metrics, constitution }, review), review };
  const feedback = run.has('feedback') ? await run.read('feedback') : [];
  return { ...applyReviewWithRedraft({ clusters, aspects, metrics, constitution, feedback }, review), review };
}
