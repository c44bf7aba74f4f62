import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReviewArtefacts } from '../review-artefacts.ts';

/** Writes synthetic artefacts as `tenets run` lays them out, so tests read a real run directory. */
export async function writeSyntheticRun(runDir: string, artefacts: ReviewArtefacts): Promise<void> {
  await mkdir(runDir, { recursive: true });
  const jsonl = (rows: readonly unknown[]) => rows.map((row) => `${JSON.stringify(row)}\n`).join('');
  await Promise.all([
    writeFile(join(runDir, 'manifest.json'), JSON.stringify(artefacts.manifest)),
    writeFile(join(runDir, 'feedback.jsonl'), jsonl(artefacts.feedback)),
    writeFile(join(runDir, 'aspects.jsonl'), jsonl(artefacts.aspects)),
    writeFile(join(runDir, 'clusters.json'), JSON.stringify(artefacts.clustering)),
    writeFile(join(runDir, 'metrics.json'), JSON.stringify({ engine: 'offline', metrics: artefacts.metrics })),
    ...(artefacts.constitution ? [writeFile(join(runDir, 'constitution.json'), JSON.stringify(artefacts.constitution))] : []),
  ]);
}
