import { z } from 'zod';
import { defineCommand } from '../cli/define-command.ts';
import { escapeTerminal } from '../cli/escape-terminal.ts';
import { exitCodes } from '../cli/exit-codes.ts';
import { flag } from '../cli/flag-registry.ts';
import { commonFlags, modelFlags } from '../cli/flags.ts';

/** `tenets judge <run-dir> --items <file>`: +1 / 0 / −1 per metric per item; unparseable replies are unscored. */
export const judgeCommand = defineCommand({
  name: 'judge',
  summary: 'Rate items on every metric of a run: +1 did well, −1 did badly, 0 not applicable.',
  positionals: [{ name: 'runDir', description: 'A directory with metrics.json.' }],
  flags: z.object({
    items: flag(z.string().min(1).describe('Items to rate (JSONL of feedback-shaped records with context).'), { valueName: 'file' }),
    ...modelFlags,
    ...commonFlags,
  }),
  examples: ['tenets judge runs/demo --items fixtures/agent-trajectories/feedback.jsonl'],
  async run({ flags, positionals }, context) {
    const [{ runJudgeCommand }, { openModels }] = await Promise.all([import('@tenets/runner'), import('../cli/open-models.ts')]);
    const models = await openModels(flags, context);
    try {
      const result = await models.stageScope('judge', () =>
        runJudgeCommand({
          runDir: positionals.runDir,
          itemsFile: flags.items,
          model: models.languageModel,
          embeddingModel: models.embeddingModel,
          ...(models.concurrency ? { concurrency: models.concurrency } : {}),
          abortSignal: context.abortSignal,
          onEvent: (event) => context.reporter.onEvent(event),
        }),
      );
      context.reporter.finish();
      if (flags.json) {
        context.stdout.write(`${JSON.stringify({ ...result, usage: models.usage?.().total ?? result.usage }, null, 2)}\n`);
        return exitCodes.ok;
      }
      const percent = (value: number | null) => (value === null ? '   n/a' : `${(value * 100).toFixed(1).padStart(5)}%`);
      const width = Math.max(6, ...result.perMetric.map((metric) => metric.name.length));
      const lines = [
        context.style.bold(`Judged ${result.items} items on ${result.perMetric.length} metrics (${result.engine})`),
        `${'metric'.padEnd(width)}  pass    N/A     unscored`,
        ...result.perMetric.map((metric) => `${escapeTerminal(metric.name).padEnd(width)}  ${percent(metric.passRate)}  ${percent(metric.naRate)}  ${metric.unscored}`),
        `unscored ratings: ${result.unscored}${result.unscoredRate === null ? '' : ` (${(result.unscoredRate * 100).toFixed(1)}%)`} — excluded from every rate, never counted as a fail`,
        `wrote ${result.file} and ${result.summaryFile}`,
      ];
      context.stdout.write(`${lines.join('\n')}\n`);
      return exitCodes.ok;
    } finally {
      await models.close();
    }
  },
});
