import { applyReview, type ApplyReviewResult, type Clustering, type Constitution, type Metric, type Review } from '@tenets/core';
import type { RunStore } from '@tenets/store';

export interface ReviewedRun extends ApplyReviewResult {
  review: Review;
}

const noClusters: Clustering = { engine: 'offline', clusterer: 'none', parameters: {}, clusters: [], noiseAspectIds: [], reassigned: [] };

/**
 * The run as the reviewer left it: `applyReview` over its clusters, aspects, the given metrics (default: the
 * per-cluster `metrics`) and constitution. Artefacts the run does not have are reviewed as empty.
 */
export async function readReviewedRun(run: RunStore, options: { metrics?: readonly Metric[]; constitution?: Constitution } = {}): Promise<ReviewedRun> {
  const review = await run.readReview();
  const clusters = run.has('clusters') ? await run.read('clusters') : noClusters;
  const aspects = run.has('aspects') ? await run.read('aspects') : [];
  const metrics = options.metrics ?? (run.has('metrics') ? (await run.read('metrics')).metrics : []);
  const constitution = options.constitution ?? (run.has('constitution') ? await run.read('constitution') : undefined);
  return { ...applyReview({ clusters, aspects, metrics, constitution }, review), review };
}
