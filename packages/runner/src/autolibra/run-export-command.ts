import { resolve } from 'node:path';
import { offlineEngineNote, renderConstitutionMarkdown, TenetsArtefactError } from '@tenets/core';
import { renderPromptfooAssertions, toRubricsJson, writeJsonAtomic, writeTextAtomic } from '@tenets/formats';
import { openRun, type RunStore } from '@tenets/store';
import { readReviewedRun } from '../review/read-reviewed-run.ts';
import { readRunMetrics } from './read-run-metrics.ts';

export type ExportFormat = 'promptfoo' | 'rubrics-json' | 'constitution';

export interface RunExportCommandOptions {
  runDir: string;
  format: ExportFormat;
  /** Output path outside the run. @default the run's metrics.promptfoo.yaml, metrics.rubrics.json or constitution.md */
  out?: string;
  /** Pass threshold on the 0–1 score. @default 0.5 */
  threshold?: number;
  /** promptfoo grader provider id. */
  provider?: string;
}

export interface RunExportCommandResult {
  file: string;
  format: ExportFormat;
  /** Metrics (promptfoo, rubrics-json) or principles (constitution) exported. */
  metrics: number;
}

/**
 * `tenets export <run-dir> --format promptfoo|rubrics-json|constitution`: the run's metrics as rubrics for other
 * judges, or the constitution as Markdown. Both honour the review: rejected items are left out, edits applied.
 */
export async function runExportCommand(options: RunExportCommandOptions): Promise<RunExportCommandResult> {
  const { runDir, format, threshold, provider } = options;
  const run = await openRun(runDir);
  if (format === 'constitution') return exportConstitution(run, options.out);
  const { metrics, source } = await readRunMetrics(run);
  const lineage = { command: `tenets export --format ${format}`, options: { threshold: threshold ?? 0.5, ...(provider ? { provider } : {}) }, derivedFrom: [source, 'review'] as const };
  if (format === 'promptfoo') {
    const header = `Evaluation metrics induced by Tenets (AutoLibra method) from ${resolve(runDir)}.`;
    const text = renderPromptfooAssertions(metrics, { threshold, provider, header });
    const file = options.out ? (await writeTextAtomic(options.out, text)).path : (await run.write('promptfoo-export', text, lineage)).path;
    return { file, format, metrics: metrics.length };
  }
  const rubrics = toRubricsJson(metrics, { threshold });
  const file = options.out ? (await writeJsonAtomic(options.out, rubrics)).path : (await run.write('rubrics-export', rubrics, lineage)).path;
  return { file, format, metrics: metrics.length };
}

async function exportConstitution(run: RunStore, out: string | undefined): Promise<RunExportCommandResult> {
  const reviewed = await readReviewedRun(run, { constitution: await run.read('constitution') });
  const constitution = reviewed.constitution;
  if (!constitution) throw new TenetsArtefactError({ file: run.path('constitution'), artefact: 'constitution', problem: 'missing', message: 'the run has no constitution' });
  const markdown = renderConstitutionMarkdown(constitution, { engineNote: run.manifest.run?.engineNote ?? (constitution.engine === 'offline' ? offlineEngineNote : 'Produced with a language model.') });
  const lineage = { command: 'tenets export --format constitution', derivedFrom: ['constitution', 'review'] as const };
  const file = out ? (await writeTextAtomic(out, markdown)).path : (await run.write('constitution-markdown', markdown, lineage)).path;
  return { file, format: 'constitution', metrics: constitution.principles.length };
}
