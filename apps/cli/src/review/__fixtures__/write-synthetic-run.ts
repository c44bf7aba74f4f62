import { openRun } from '@tenets/store';
import type { ReviewArtefacts } from '../review-artefacts.ts';

/** Writes synthetic artefacts through the run store, as `tenets run` would, so tests read a real run directory. */
export async function writeSyntheticRun(runDir: string, artefacts: ReviewArtefacts): Promise<void> {
  const run = await openRun(runDir, { create: true });
  const command = 'tenets run (SYNTHETIC fixture)';
  await run.write('feedback', [...artefacts.feedback], { command });
  await run.write('aspects', [...artefacts.aspects], { command, derivedFrom: ['feedback'] });
  await run.write('clusters', artefacts.clustering, { command, derivedFrom: ['aspects'] });
  await run.write('metrics', { engine: 'offline', metrics: [...artefacts.metrics] }, { command, derivedFrom: ['clusters'] });
  if (artefacts.constitution) await run.write('constitution', artefacts.constitution, { command, derivedFrom: ['clusters', 'metrics'] });
  if (artefacts.run) await run.writeRunRecord(artefacts.run);
}
