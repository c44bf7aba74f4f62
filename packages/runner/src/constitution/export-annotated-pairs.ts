import { basename, join, resolve } from 'node:path';
import { TenetsInvalidInputError } from '@tenets/core';
import { toAnnotatedPairs, writeJsonAtomic } from '@tenets/formats';
import { openRun } from '@tenets/store';

export interface ExportAnnotatedPairsOptions {
  /** A directory written by `tenets constitution`. */
  runDir: string;
  /** @default `<runDir>/annotated-pairs.json` */
  out?: string;
  /** `metadata.created_at`; fixed by default so the same run gives the same bytes. @default '1970-01-01T00:00:00Z' */
  createdAt?: string;
  /** @default the run directory's name */
  datasetName?: string;
}

/**
 * `tenets export <run> --format annotated-pairs`: the run's pairs with the label as the default annotator and
 * every tested candidate principle as a `principle` annotator (its votes on every pair it was voted on), as
 * AnnotatedPairs v2.0 that Feedback Forensics loads. Ties are left out (v2.0 labels are a or b).
 */
export async function exportAnnotatedPairs(options: ExportAnnotatedPairsOptions): Promise<{ file: string; comparisons: number; annotators: number }> {
  const { runDir, createdAt = '1970-01-01T00:00:00Z' } = options;
  const run = await openRun(runDir);
  if (!run.has('preferences')) throw new TenetsInvalidInputError({ file: runDir, message: 'the run holds no preference pairs', hint: 'run `tenets constitution <files…> --out <dir>` first' });
  const pairs = await run.read('preferences');
  const candidates = run.has('constitution-candidates') ? await run.read('constitution-candidates') : [];
  const votes = run.has('constitution-votes') ? await run.read('constitution-votes') : [];
  const voted = new Set(votes.map((vote) => vote.principleId));
  const exported = toAnnotatedPairs({ pairs, principles: candidates.filter((candidate) => voted.has(candidate.id)), votes, datasetName: options.datasetName ?? basename(resolve(runDir)), createdAt });
  const file = (await writeJsonAtomic(options.out ?? join(runDir, 'annotated-pairs.json'), exported)).path;
  return { file, comparisons: exported.comparisons.length, annotators: Object.keys(exported.annotators).length };
}
