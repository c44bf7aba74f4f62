import { z } from 'zod';
import { defineCommand } from '../cli/define-command.ts';
import { exitCodes } from '../cli/exit-codes.ts';
import { flag } from '../cli/flag-registry.ts';
import { commonFlags } from '../cli/flags.ts';
import { stdoutPath, writeToStdout } from '../cli/write-to-stdout.ts';

const syntheticFormats = ['trl', 'trl-sft', 'trl-kto', 'openai-dpo', 'hf-dataset'] as const;

/**
 * `tenets export <run-dir> --format …`: metrics as rubrics for other evaluators (promptfoo, rubrics-json), or the
 * synthesis records in a trainer's format (trl, trl-sft, trl-kto, openai-dpo, hf-dataset; a folder).
 */
export const exportCommand = defineCommand({
  name: 'export',
  summary: 'Export a run’s metrics as rubrics, or its synthesised preference data for trainers.',
  positionals: [{ name: 'runDir', description: 'A directory written by `tenets run`.' }],
  flags: z.object({
    format: flag(z.enum(['promptfoo', 'rubrics-json', 'constitution', 'annotated-pairs', ...syntheticFormats]).describe('Export format: promptfoo, rubrics-json (metrics); constitution (constitution.md with the review applied); annotated-pairs (Feedback Forensics AnnotatedPairs v2.0 of the pairs and votes); trl, trl-sft, trl-kto, openai-dpo, hf-dataset (synthesis records).'), { valueName: 'name' }),
    out: flag(z.string().min(1).optional().describe('Output file (a folder for the synthesis formats); - writes to stdout (metrics only). Default: <run-dir>/metrics.promptfoo.yaml, <run-dir>/metrics.rubrics.json or <run-dir>/export-<format>/.'), { short: 'o', valueName: 'file' }),
    conversational: z.boolean().optional().describe('trl, trl-sft, trl-kto: prompts and answers as message lists instead of strings.'),
    includeAnchors: z.boolean().optional().describe('trl-kto: also emit near/out-of-scope baselines as desirable rows.'),
    ...commonFlags,
  }),
  examples: ['tenets export runs/demo --format promptfoo --out promptfooconfig.assertions.yaml', 'tenets export runs/demo --format rubrics-json --out - | jq .', 'tenets export runs/emoji --format trl --conversational --out data/trl', 'tenets export runs/emoji --format hf-dataset --out data/hf'],
  async run({ flags, positionals }, context) {
    if (isSynthetic(flags.format)) {
      if (flags.out === stdoutPath) {
        context.stderr.write(`--out - is not available for --format ${flags.format}: it writes a folder of files. Give --out <dir>.\n`);
        return exitCodes.usage;
      }
      const { runSynthExportCommand } = await import('@tenets/runner');
      const result = await runSynthExportCommand({ runDir: positionals.runDir, format: flags.format, ...(flags.out ? { out: flags.out } : {}), conversational: flags.conversational ?? false, includeAnchors: flags.includeAnchors ?? false });
      context.stdout.write(flags.json ? `${JSON.stringify(result, null, 2)}\n` : `wrote ${result.rows} rows as ${result.format} to ${result.dir} (${result.files.length} files)\n`);
      return exitCodes.ok;
    }
    if (flags.format === 'annotated-pairs') {
      if (flags.out === stdoutPath) {
        context.stderr.write('--out - is not available for --format annotated-pairs yet. Give --out <file>.\n');
        return exitCodes.usage;
      }
      const { exportAnnotatedPairs } = await import('@tenets/runner');
      const result = await exportAnnotatedPairs({ runDir: positionals.runDir, ...(flags.out ? { out: flags.out } : {}) });
      context.stdout.write(flags.json ? `${JSON.stringify({ format: 'annotated-pairs', ...result }, null, 2)}\n` : `wrote ${result.comparisons} comparisons by ${result.annotators} annotators as annotated-pairs to ${result.file}\n`);
      return exitCodes.ok;
    }
    const { runExportCommand } = await import('@tenets/runner');
    const format = flags.format;
    const exportTo = (out: string | undefined) => runExportCommand({ runDir: positionals.runDir, format, ...(out ? { out } : {}) });
    const toStdout = flags.out === stdoutPath;
    const result = toStdout ? await writeToStdout(context.stdout, 'export', exportTo) : await exportTo(flags.out);
    // Like ingest and run: stdout carries the product (the data with --out -, else the JSON or human summary).
    const report = toStdout ? context.stderr : context.stdout;
    const file = toStdout ? stdoutPath : result.file;
    report.write(flags.json ? `${JSON.stringify({ ...result, file }, null, 2)}\n` : `wrote ${result.metrics} metrics as ${result.format} to ${toStdout ? 'stdout' : file}\n`);
    return exitCodes.ok;
  },
});

function isSynthetic(format: string): format is (typeof syntheticFormats)[number] {
  return (syntheticFormats as readonly string[]).includes(format);
}
