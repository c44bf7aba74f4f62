import { join } from 'node:path';
import { renderSyntheticExport, writeTextAtomic, type RenderSyntheticExportOptions, type SyntheticExportFormat } from '@tenets/formats';
import { openRun } from '@tenets/store';

export interface RunSynthExportCommandOptions extends RenderSyntheticExportOptions {
  runDir: string;
  format: SyntheticExportFormat;
  /** Output folder. @default `<runDir>/export-<format>` */
  out?: string;
}

/** `tenets export <run-dir> --format trl|trl-sft|trl-kto|openai-dpo|hf-dataset`: the verified records in a trainer's format. */
export async function runSynthExportCommand(options: RunSynthExportCommandOptions): Promise<{ format: SyntheticExportFormat; dir: string; files: string[]; rows: number }> {
  const { runDir, format } = options;
  const run = await openRun(runDir);
  const [summary, records] = await Promise.all([run.read('synth'), run.read('synth-records')]);
  const files = renderSyntheticExport(format, { records, scopes: summary.scopes, checks: summary.checks, models: summary.models, engine: summary.engine, counts: summary.counts }, options);
  const dir = options.out ?? join(runDir, `export-${format}`);
  const written: string[] = [];
  // Files in path order: the same bytes whatever order the renderer returned them in.
  for (const file of [...files].sort((first, second) => (first.path < second.path ? -1 : 1))) written.push((await writeTextAtomic(join(dir, file.path), file.content)).path);
  const rows = files.filter((file) => file.path.endsWith('.jsonl') && file.path !== 'metadata.jsonl').reduce((sum, file) => sum + (file.content.match(/\n/g)?.length ?? 0), 0);
  return { format, dir, files: written, rows };
}
