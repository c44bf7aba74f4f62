import { stat } from 'node:fs/promises';
import { notify, type Aspect, type Cluster, type Feedback, type Metric, type PipelineEventListener, type Preference, type Principle, type Proposal } from '@tenets/core';
import { isAnnotatedPairsFile, readAnnotatedPairs, readPreferences, type IngestFilesOptions, type Reject } from '@tenets/formats';
import { openRun } from '@tenets/store';

export interface PreferenceInputs {
  pairs: Preference[];
  rejects: Reject[];
  /** Principles drafted from the run's critique clusters (run-dir input), joining the candidate pool. */
  draftedProposals: Proposal[];
  /** The run directory read, when the input was one. */
  runDir?: string;
  /** What a critique-only test needs (run-dir input with a drafted constitution). */
  critiques?: { principles: Principle[]; feedback: Feedback[]; aspects: Aspect[]; clusters: Cluster[]; metrics: Metric[] };
}

/**
 * Reads `tenets constitution` inputs: preference files (ICAI CSV, TRL/canonical JSONL or JSON, AnnotatedPairs
 * v2.0), or one run directory (its `preferences` artefact and the principles `tenets run` drafted from its
 * clusters, with their provenance). Bad rows become rejects; the rest goes on.
 */
export async function readPreferenceInputs(
  inputs: readonly string[],
  options: Pick<IngestFilesOptions, 'map' | 'format' | 'strict'> & { onEvent?: PipelineEventListener; abortSignal?: AbortSignal } = {},
): Promise<PreferenceInputs> {
  if (inputs.length === 1 && (await stat(inputs[0]!).then((info) => info.isDirectory(), () => false))) return readRunDir(inputs[0]!);
  const pairs: Preference[] = [];
  const rejects: Reject[] = [];
  const plain: string[] = [];
  for (const file of inputs) {
    if (file !== '-' && options.format !== 'csv' && options.format !== 'jsonl' && (await isAnnotatedPairsFile(file).catch(() => false))) {
      const read = await readAnnotatedPairs(file);
      pairs.push(...read.preferences);
      rejects.push(...read.rejects);
    } else plain.push(file);
  }
  if (plain.length > 0) {
    for await (const item of readPreferences({ files: plain, ...(options.map ? { map: options.map } : {}), ...(options.format ? { format: options.format } : {}), ...(options.strict !== undefined ? { strict: options.strict } : {}), onEvent: options.onEvent, abortSignal: options.abortSignal })) {
      if (item.kind === 'preference') pairs.push(item.record);
      else rejects.push(item.reject);
    }
  }
  for (const reject of rejects) await notify(options.onEvent, { type: 'warning', stage: 'ingest', message: `${reject.file}:${reject.line}${reject.field ? ` (${reject.field})` : ''}: ${reject.message}; row skipped.` });
  return { pairs, rejects, draftedProposals: [] };
}

async function readRunDir(dir: string): Promise<PreferenceInputs> {
  const run = await openRun(dir);
  const pairs = run.has('preferences') ? await run.read('preferences') : [];
  const draftedProposals: Proposal[] = [];
  let critiques: PreferenceInputs['critiques'];
  if (run.has('constitution')) {
    const constitution = await run.read('constitution');
    // Only the drafted constitution of `tenets run` (per cluster) feeds the pool; a tested one is an output.
    if (!('selectionMethod' in constitution)) {
      if (run.has('feedback') && run.has('aspects') && run.has('clusters')) {
        critiques = {
          principles: constitution.principles,
          feedback: await run.read('feedback'),
          aspects: await run.read('aspects'),
          clusters: (await run.read('clusters')).clusters,
          metrics: run.has('metrics') ? (await run.read('metrics')).metrics : [],
        };
      }
      for (const principle of constitution.principles) {
        draftedProposals.push({
          text: principle.text,
          origin: 'critiques',
          sourcePairIds: [],
          sourceFeedbackIds: [...principle.supportingFeedbackIds],
          ...(principle.clusterId !== undefined ? { clusterId: principle.clusterId } : {}),
        });
      }
    }
  }
  return { pairs, rejects: [], draftedProposals, runDir: dir, ...(critiques ? { critiques } : {}) };
}
