import { z } from 'zod';
import { defineCommand } from '../cli/define-command.ts';
import { escapeTerminal } from '../cli/escape-terminal.ts';
import { exitCodes } from '../cli/exit-codes.ts';
import { flag } from '../cli/flag-registry.ts';
import { commonFlags, modelFlags } from '../cli/flags.ts';

/** `tenets metrics <run-dir>`: AutoLibra induction on the run's aspects, with held-out coverage/redundancy. */
export const metricsCommand = defineCommand({
  name: 'metrics',
  summary: 'Induce evaluation metrics from a run (AutoLibra), optionally searching the number of metrics.',
  positionals: [{ name: 'runDir', description: 'A directory written by `tenets run`.' }],
  flags: z.object({
    search: z.boolean().optional().describe('Search the number of metrics N on a held-out 20 % split (coverage, then redundancy).'),
    n: z.number().int().min(1).optional().describe('Induce exactly N metrics (no search).'),
    nRange: flag(z.string().regex(/^\d+\.\.\d+$/, 'expected lo..hi, e.g. 4..13').optional().describe('N range for the search. Default: 4..13.'), { valueName: 'lo..hi' }),
    seeds: flag(z.number().int().min(1).optional().describe('Candidate sets per N in the search. Default: 2.'), { valueName: 'k' }),
    seed: z.number().int().default(42).describe('Seed.'),
    ...modelFlags,
    ...commonFlags,
  }),
  examples: ['tenets metrics runs/demo --search', 'tenets metrics runs/demo --n 8 --model openai:gpt-4.1-mini'],
  async run({ flags, positionals }, context) {
    const [{ runMetricsCommand }, { openModels }] = await Promise.all([import('@tenets/runner'), import('../cli/open-models.ts')]);
    const models = await openModels(flags, context);
    const shownWarnings = new Set<string>();
    try {
      const nRange = flags.nRange ? (flags.nRange.split('..').map(Number) as [number, number]) : undefined;
      const result = await models.stageScope('metrics', () =>
        runMetricsCommand({
          runDir: positionals.runDir,
          model: models.languageModel,
          embeddingModel: models.embeddingModel,
          embeddingModelName: models.names.embedding,
          search: flags.search ?? false,
          ...(flags.n ? { n: flags.n } : {}),
          ...(nRange ? { nRange } : {}),
          ...(flags.seeds ? { seeds: flags.seeds } : {}),
          seed: flags.seed,
          abortSignal: context.abortSignal,
          onEvent: (event) => {
            if (event.type === 'warning' && !flags.quiet) shownWarnings.add(event.message);
            context.reporter.onEvent(event);
          },
        }),
      );
      context.reporter.finish();
      if (flags.json) {
        context.stdout.write(`${JSON.stringify({ engine: result.engine, n: result.n, evaluation: result.evaluation, table: result.table, files: result.files, usage: models.usage?.().total ?? result.usage, warnings: result.warnings }, null, 2)}\n`);
        return exitCodes.ok;
      }
      const evaluation = result.evaluation;
      const percent = (value: number | null | undefined) => (value === null || value === undefined ? 'n/a' : `${(value * 100).toFixed(1)}%`);
      const lines = [
        context.style.bold(`${result.n} metrics (${result.engine === 'offline' ? 'offline engine' : 'language model'})`),
        ...(result.tableText ? ['', result.tableText] : []),
        '',
        ...result.metrics.map((metric) => `  ${escapeTerminal(metric.name)} — ${escapeTerminal(metric.definition)}`),
        '',
        evaluation
          ? `held-out: coverage ${percent(evaluation.coverage)} (+ ${percent(evaluation.coveragePositive)}, − ${percent(evaluation.coverageNegative)}), redundancy ${percent(evaluation.redundancy)}, N/A ${percent(evaluation.naRate)}, unscored ${evaluation.unscoredCount}`
          : 'held-out evaluation skipped',
        // Warnings the progress lines did not already show, each once.
        ...[...new Set(result.warnings)].filter((warning) => !shownWarnings.has(warning)).map((warning) => `${context.style.yellow('warning:')} ${escapeTerminal(warning)}`),
        `wrote ${result.files.join(', ')}`,
      ];
      context.stdout.write(`${lines.join('\n')}\n`);
      return exitCodes.ok;
    } finally {
      await models.close();
    }
  },
});
