import { z } from 'zod';
import { defineCommand } from '../cli/define-command.ts';
import { exitCodes } from '../cli/exit-codes.ts';
import { flag } from '../cli/flag-registry.ts';
import { commonFlags, modelFlags } from '../cli/flags.ts';

/** `tenets synth-eval <run-dir> --outputs <file>`: S_in, S_out, S_overall of a tuned model on the test prompts. */
export const synthEvalCommand = defineCommand({
  name: 'synth-eval',
  summary: 'Score a tuned model’s answers to the synthesis test prompts: S_in, S_out, S_overall (RLVF / C3PO).',
  positionals: [{ name: 'runDir', description: 'A directory with synth.json and synth-records.jsonl.' }],
  flags: z.object({
    outputs: flag(z.string().min(1).describe('JSONL of answers: {"id": <record id>, "output": "…"} or {"prompt": "…", "output": "…"}.'), { valueName: 'file' }),
    ...modelFlags,
    ...commonFlags,
  }),
  examples: ['tenets synth-eval runs/emoji --outputs tuned-answers.jsonl --model openai:gpt-4.1'],
  async run({ flags, positionals }, context) {
    const [{ runSynthEvalCommand }, { openModels }] = await Promise.all([import('@tenets/runner'), import('../cli/open-models.ts')]);
    const models = await openModels(flags, context);
    try {
      const result = await runSynthEvalCommand({
        runDir: positionals.runDir,
        outputsFile: flags.outputs,
        model: models.languageModel,
        ...(models.names.language ? { modelName: models.names.language } : {}),
        ...(models.concurrency ? { concurrency: models.concurrency } : {}),
        abortSignal: context.abortSignal,
        onEvent: (event) => context.reporter.onEvent(event),
      });
      context.reporter.finish();
      if (flags.json) {
        context.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
        return exitCodes.ok;
      }
      const show = (value: number | null, interval: { low: number; high: number } | null) => (value === null ? 'n/a' : `${value.toFixed(3)}${interval ? ` [${interval.low.toFixed(3)}, ${interval.high.toFixed(3)}]` : ''}`);
      const lines = [
        context.style.bold(`Scored ${result.items.length - result.unscored} of ${result.items.length} test prompts (${result.engine}${result.judge ? `, judge ${result.judge}` : ''})`),
        `S_in      ${show(result.sIn, result.intervals.sIn)}  (↑ adherence in scope)`,
        `S_out     ${show(result.sOut, result.intervals.sOut)}  (↓ change out of scope; near ${show(result.sNear, null)}, out ${show(result.sOutOfScope, null)})`,
        `S_overall ${show(result.sOverall, result.intervals.sOverall)}  = (S_in + 1 − S_out) / 2`,
        result.unscored > 0 ? `unscored: ${result.unscored} (excluded, never counted as 0)${result.engine === 'offline' ? ' — the offline engine scores only principles with a derived check' : ''}` : '',
        `wrote ${result.file}`,
      ].filter(Boolean);
      context.stdout.write(`${lines.join('\n')}\n`);
      return exitCodes.ok;
    } finally {
      await models.close();
    }
  },
});
