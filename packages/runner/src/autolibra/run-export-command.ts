import { join, resolve } from 'node:path';
import { renderPromptfooAssertions, toRubricsJson, writeJsonAtomic, writeTextAtomic } from '@tenets/formats';
import { autolibraArtefacts } from './autolibra-artefacts.ts';
import { readRunMetrics } from './read-run-inputs.ts';

export type ExportFormat = 'promptfoo' | 'rubrics-json';

export interface RunExportCommandOptions {
  runDir: string;
  format: ExportFormat;
  /** Output path. @default `<runDir>/metrics.promptfoo.yaml` or `<runDir>/metrics.rubrics.json` */
  out?: string;
  /** Pass threshold on the 0–1 score. @default 0.5 */
  threshold?: number;
  /** promptfoo grader provider id. */
  provider?: string;
}

/** `tenets export <run-dir> --format promptfoo|rubrics-json`: the run's metrics as rubrics for other judges. */
export async function runExportCommand(options: RunExportCommandOptions): Promise<{ file: string; format: ExportFormat; metrics: number }> {
  const { runDir, format, threshold, provider } = options;
  const { metrics } = await readRunMetrics(runDir);
  const header = `Evaluation metrics induced by Tenets (AutoLibra method) from ${resolve(runDir)}.`;
  if (format === 'promptfoo') {
    const out = options.out ?? join(runDir, autolibraArtefacts.promptfoo);
    const written = await writeTextAtomic(out, renderPromptfooAssertions(metrics, { threshold, provider, header }));
    return { file: written.path, format, metrics: metrics.length };
  }
  const out = options.out ?? join(runDir, autolibraArtefacts.rubricsJson);
  const written = await writeJsonAtomic(out, toRubricsJson(metrics, { threshold }));
  return { file: written.path, format, metrics: metrics.length };
}
