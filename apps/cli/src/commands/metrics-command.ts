import { runMetricsCommand } from '@tenets/runner';
import type { CliContext } from '../cli/context.ts';
import { exitCodes } from '../cli/exit-codes.ts';
import { openModels, type ModelFlags } from './open-models.ts';

interface MetricsFlags extends ModelFlags {
  search?: boolean;
  n?: number;
  nRange?: string;
  seeds?: number;
  seed: number;
  json?: boolean;
}

/** `tenets metrics <run-dir>`: AutoLibra induction on the run's aspects, with held-out coverage/redundancy. */
export async function metricsCommand([runDir]: string[], rawFlags: Record<string, unknown>, context: CliContext): Promise<number> {
  const flags = rawFlags as unknown as MetricsFlags;
  const models = await openModels(flags, context);
  try {
    const nRange = flags.nRange ? (flags.nRange.split('..').map(Number) as [number, number]) : undefined;
    const result = await models.stageScope('metrics', () =>
      runMetricsCommand({
        runDir: runDir!,
        model: models.languageModel,
        embeddingModel: models.embeddingModel,
        embeddingModelName: models.names.embedding,
        search: flags.search ?? false,
        ...(flags.n ? { n: flags.n } : {}),
        ...(nRange ? { nRange } : {}),
        ...(flags.seeds ? { seeds: flags.seeds } : {}),
        seed: flags.seed,
        abortSignal: context.abortSignal,
        onEvent: (event) => context.reporter.onEvent(event),
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
      ...result.metrics.map((metric) => `  ${metric.name} — ${metric.definition}`),
      '',
      evaluation
        ? `held-out: coverage ${percent(evaluation.coverage)} (+ ${percent(evaluation.coveragePositive)}, − ${percent(evaluation.coverageNegative)}), redundancy ${percent(evaluation.redundancy)}, N/A ${percent(evaluation.naRate)}, unscored ${evaluation.unscoredCount}`
        : 'held-out evaluation skipped',
      `wrote ${result.files.join(', ')}`,
    ];
    context.stdout.write(`${lines.join('\n')}\n`);
    return exitCodes.ok;
  } finally {
    await models.close();
  }
}
