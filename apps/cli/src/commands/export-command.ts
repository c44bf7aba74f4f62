import { z } from 'zod';
import { defineCommand } from '../cli/define-command.ts';
import { exitCodes } from '../cli/exit-codes.ts';
import { flag } from '../cli/flag-registry.ts';
import { commonFlags } from '../cli/flags.ts';

/** `tenets export <run-dir> --format promptfoo|rubrics-json`: metrics as rubrics for other evaluators. */
export const exportCommand = defineCommand({
  name: 'export',
  summary: 'Export a run’s metrics as promptfoo llm-rubric assertions or JSON rubrics.',
  positionals: [{ name: 'runDir', description: 'A directory with metrics.json.' }],
  flags: z.object({
    format: flag(z.enum(['promptfoo', 'rubrics-json']).describe('Export format.'), { valueName: 'name' }),
    out: flag(z.string().min(1).optional().describe('Output file. Default: <run-dir>/metrics.promptfoo.yaml or <run-dir>/metrics.rubrics.json.'), { short: 'o', valueName: 'file' }),
    ...commonFlags,
  }),
  examples: ['tenets export runs/demo --format promptfoo --out promptfooconfig.assertions.yaml'],
  async run({ flags, positionals }, context) {
    const { runExportCommand } = await import('@tenets/runner');
    const result = await runExportCommand({ runDir: positionals.runDir, format: flags.format, ...(flags.out ? { out: flags.out } : {}) });
    context.stdout.write(flags.json ? `${JSON.stringify(result, null, 2)}\n` : `wrote ${result.metrics} metrics as ${result.format} to ${result.file}\n`);
    return exitCodes.ok;
  },
});
