import { z } from 'zod';
import { defineCommand } from '../cli/define-command.ts';
import { exitCodes } from '../cli/exit-codes.ts';
import { flag } from '../cli/flag-registry.ts';
import { commonFlags } from '../cli/flags.ts';
import { stdoutPath, writeToStdout } from '../cli/write-to-stdout.ts';

/** `tenets export <run-dir> --format promptfoo|rubrics-json`: metrics as rubrics for other evaluators. */
export const exportCommand = defineCommand({
  name: 'export',
  summary: 'Export a run’s metrics as promptfoo llm-rubric assertions or JSON rubrics, or its constitution as Markdown (review applied).',
  positionals: [{ name: 'runDir', description: 'A directory written by `tenets run`.' }],
  flags: z.object({
    format: flag(z.enum(['promptfoo', 'rubrics-json', 'constitution']).describe('Export format: promptfoo, rubrics-json, or constitution (constitution.md with the review applied).'), { valueName: 'name' }),
    out: flag(z.string().min(1).optional().describe('Output file; - writes to stdout. Default: the run’s metrics.promptfoo.yaml, metrics.rubrics.json or constitution.md.'), { short: 'o', valueName: 'file' }),
    ...commonFlags,
  }),
  examples: ['tenets export runs/demo --format promptfoo --out promptfooconfig.assertions.yaml', 'tenets export runs/demo --format rubrics-json --out - | jq .'],
  async run({ flags, positionals }, context) {
    const { runExportCommand } = await import('@tenets/runner');
    const exportTo = (out: string | undefined) => runExportCommand({ runDir: positionals.runDir, format: flags.format, ...(out ? { out } : {}) });
    const toStdout = flags.out === stdoutPath;
    const result = toStdout ? await writeToStdout(context.stdout, 'export', exportTo) : await exportTo(flags.out);
    // Like ingest and run: stdout carries the product (the data with --out -, else the JSON or human summary).
    const report = toStdout ? context.stderr : context.stdout;
    const file = toStdout ? stdoutPath : result.file;
    report.write(flags.json ? `${JSON.stringify({ ...result, file }, null, 2)}\n` : `wrote ${result.metrics} ${result.format === 'constitution' ? 'principles' : 'metrics'} as ${result.format} to ${toStdout ? 'stdout' : file}\n`);
    return exitCodes.ok;
  },
});
