import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { aspectSchema, clusteringSchema, constitutionSchema, feedbackSchema, manifestSchema, metricSchema, TenetsInvalidInputError } from '@tenets/core';
import { readJsonl } from '@tenets/formats';
import { z } from 'zod';
import type { ReviewArtefacts } from '../review-artefacts.ts';
import { readJsonArtefact } from './read-json-artefact.ts';

const rerun = 'Re-create the run with `tenets run <files> --out <run-dir>`.';

/** Every artefact the review reads, from a run directory. Manifest, constitution and preference data are optional. */
export async function readReviewArtefacts(runDir: string): Promise<{ artefacts: ReviewArtefacts; warnings: string[] }> {
  try {
    await access(join(runDir, 'clusters.json'));
  } catch (error) {
    throw new TenetsInvalidInputError({ file: runDir, message: 'not a run directory (no clusters.json)', hint: 'Pass a directory written by `tenets run <files> --out <run-dir>`.', cause: error });
  }
  const [manifest, clustering, metricsFile, constitution, feedback, aspects] = await Promise.all([
    readJsonArtefact(join(runDir, 'manifest.json'), manifestSchema, { optional: true, hint: rerun }),
    readJsonArtefact(join(runDir, 'clusters.json'), clusteringSchema, { hint: rerun }),
    readJsonArtefact(join(runDir, 'metrics.json'), z.object({ metrics: z.array(metricSchema) }).loose(), { optional: true, hint: rerun }),
    readJsonArtefact(join(runDir, 'constitution.json'), constitutionSchema, { optional: true, hint: rerun }),
    readJsonl(join(runDir, 'feedback.jsonl'), feedbackSchema),
    readJsonl(join(runDir, 'aspects.jsonl'), aspectSchema),
  ]);
  const warnings = [...feedback.rejects, ...aspects.rejects].map((reject) => `${reject.file}:${reject.line}: ${reject.message}; line skipped.`);
  return {
    artefacts: {
      runDir,
      ...(manifest ? { manifest } : {}),
      feedback: feedback.records,
      aspects: aspects.records,
      clustering: clustering!,
      metrics: metricsFile?.metrics ?? [],
      ...(constitution ? { constitution } : {}),
      ...(manifest?.counts.rejected === undefined ? {} : { rejects: manifest.counts.rejected }),
    },
    warnings,
  };
}
