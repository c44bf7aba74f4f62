import type { RunStore } from '@tenets/store';
import type { ReviewArtefacts } from '../review-artefacts.ts';

/**
 * Every artefact the review reads, through the run store. Feedback, aspects and clusters are required (the
 * store's error names the command that makes them); metrics, constitution and the run record are optional.
 */
export async function readReviewArtefacts(run: RunStore): Promise<ReviewArtefacts> {
  const [feedback, aspects, clustering, metrics, constitution] = await Promise.all([
    run.read('feedback'),
    run.read('aspects'),
    run.read('clusters'),
    run.has('metrics') ? run.read('metrics') : undefined,
    run.has('constitution') ? run.read('constitution') : undefined,
  ]);
  const record = run.manifest.run;
  return {
    runDir: run.dir,
    ...(record ? { run: record } : {}),
    feedback,
    aspects,
    clustering,
    metrics: metrics?.metrics ?? [],
    ...(constitution ? { constitution } : {}),
    ...(record?.counts.rejected === undefined ? {} : { rejects: record.counts.rejected }),
  };
}
