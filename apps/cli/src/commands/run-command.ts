import { join } from 'node:path';
import type { RunTenetsResult } from '@tenets/runner';
import { z } from 'zod';
import type { CliContext } from '../cli/context.ts';
import { defineCommand } from '../cli/define-command.ts';
import { exitCodes } from '../cli/exit-codes.ts';
import { flag } from '../cli/flag-registry.ts';
import { commonFlags, ingestFlags, modelFlags } from '../cli/flags.ts';
import { ingestOptionsFromFlags } from '../cli/ingest-options-from-flags.ts';
import { nothingKept, topRejectReasons } from '../cli/describe-rejects.ts';
import { escapeTerminal } from '../cli/escape-terminal.ts';

/** `tenets run <files…> --out <dir>`: the whole pipeline, offline unless a model is configured. */
export const runCommand = defineCommand({
  name: 'run',
  summary: 'Ingest feedback, then ground, embed, cluster, draft metrics and a constitution.',
  positionals: [{ name: 'files', description: 'Feedback logs (JSONL, JSON, CSV, Langfuse or LangSmith exports).', variadic: true }],
  flags: z.object({
    out: flag(z.string().min(1).default('runs/latest').describe('Run directory for the artefacts.'), { short: 'o', valueName: 'dir' }),
    ...ingestFlags,
    seed: z.number().int().default(42).describe('Seed for every stochastic step.'),
    minClusterSize: z.number().int().min(2).optional().describe('HDBSCAN minimum cluster size. Default: √n/2 for small logs, n/100 beyond ~2,500 behaviours (3…1000).'),
    minSamples: z.number().int().min(1).optional().describe('HDBSCAN neighbours for the core distance. Default: 3 with offline embeddings, else --min-cluster-size.'),
    reassignNoise: flag(
      z
        .union([z.literal('off').transform(() => null), z.coerce.number().min(-1).max(1)], { error: 'expected a cosine similarity from -1 to 1, or off' })
        .optional()
        .describe('Put an unclustered behaviour into its nearest cluster when cosine similarity ≥ this (reported in clusters.json). Default: 0.2 with offline embeddings, else off.'),
      { valueName: 'similarity|off' },
    ),
    clusterer: flag(z.enum(['hdbscan', 'hdbscan-ts']).default('hdbscan').describe('Clustering engine: hdbscan (fast) or hdbscan-ts (small inputs).'), { valueName: 'name' }),
    tui: z.boolean().optional().describe('Open `tenets review` at once: its Overview shows the run’s progress, ETA and spend, the other screens unlock when it ends (needs a terminal).'),
    ...modelFlags,
    ...commonFlags,
  }),
  examples: ['tenets run fixtures/support-assistant/feedback.jsonl --out runs/demo', 'tenets run scores.csv --map critique=comment --model openai:gpt-4.1-mini'],
  async run({ flags, positionals }, context) {
    // Said before the pipeline's modules load (the slow part of a start), so the first line comes at once.
    context.reporter.onEvent({ type: 'info', message: `run: ${positionals.files.length} input file(s) → ${flags.out}` });
    const [{ createHdbscanClusterer, createHdbscanTsClusterer }, { runTenets }, { openModels }] = await Promise.all([
      import('@tenets/cluster'),
      import('@tenets/runner'),
      import('../cli/open-models.ts'),
    ]);
    // --tui on a terminal: the review opens now, its Overview drawing the run's progress; its other screens when the run is written.
    const live = flags.tui ? await startLiveReviewIfPossible(context) : undefined;
    const runContext: CliContext = live ? { ...context, reporter: live.reporter } : context;
    let models: Awaited<ReturnType<typeof openModels>>;
    try {
      models = await openModels(flags, runContext);
    } catch (error) {
      live?.close();
      throw error;
    }
    runContext.reporter.onRunStart?.({ engine: models.languageModel || models.embeddingModel ? 'model' : 'offline' });
    const shownWarnings = new Set<string>();
    try {
      const clusterer = flags.clusterer === 'hdbscan-ts' ? createHdbscanTsClusterer() : createHdbscanClusterer();
      const result = await runTenets({
        inputs: positionals.files,
        outDir: flags.out,
        clusterer,
        ...ingestOptionsFromFlags(flags),
        seed: flags.seed,
        minClusterSize: flags.minClusterSize,
        minSamples: flags.minSamples,
        reassignNoiseThreshold: flags.reassignNoise,
        model: models.languageModel,
        embeddingModel: models.embeddingModel,
        modelNames: models.names,
        usageReport: models.usage,
        stageScope: models.stageScope,
        concurrency: models.concurrency,
        recordedOptions: { clusterer: flags.clusterer },
        abortSignal: context.abortSignal,
        onEvent: (event) => {
          if (event.type === 'warning' && !flags.quiet && !live) shownWarnings.add(event.message);
          runContext.reporter.onEvent(event);
        },
      }).catch((error: unknown) => {
        live?.close();
        throw error;
      });
      runContext.reporter.finish();
      if (live) {
        if (nothingKept(result.ingest)) live.close();
        else await live.review(result.outDir);
      }
      context.stdout.write(flags.json ? `${JSON.stringify(jsonSummary(result), null, 2)}\n` : renderSummary(result, context, { forcedOffline: flags.offline === true, shownWarnings }));
      if (nothingKept(result.ingest)) {
        context.stderr.write(`${context.style.red('error:')} no critique was kept from ${result.ingest.rows} row(s)${result.ingest.rows > 0 ? ` (${topRejectReasons(result.ingest)}); see ${join(result.outDir, 'rejects.jsonl')}` : ''}\n`);
        context.stderr.write(`${context.style.dim('hint:')} check the field names with \`tenets ingest <file> --out -\` and map them, e.g. --map critique=comment or --map context.prompt=input.\n`);
        return exitCodes.input;
      }
      if (flags.tui && !live) {
        const { canReviewInTerminal, noTerminalMessage, reviewInTerminal } = await import('../review/review-in-terminal.ts');
        if (canReviewInTerminal(context)) await reviewInTerminal(result.outDir, context);
        else context.stderr.write(`${context.style.yellow('warning:')} --tui: ${noTerminalMessage}\n`);
      }
      return result.pipeline.failures.length > 0 ? exitCodes.partial : exitCodes.ok;
    } finally {
      await models.close();
    }
  },
});
function jsonSummary(result: RunTenetsResult) {
  return {
    outDir: result.outDir,
    engine: result.manifest.engine,
    engineNote: result.manifest.engineNote,
    counts: result.manifest.counts,
    usage: result.manifest.usage.total,
    metrics: result.pipeline.metrics.map((metric) => ({ id: metric.id, name: metric.name, prevalence: metric.prevalence, supportingAspects: metric.supportingAspectIds.length })),
    warnings: result.manifest.warnings,
  };
}

function renderSummary(result: RunTenetsResult, context: CliContext, options: { forcedOffline: boolean; shownWarnings: ReadonlySet<string> }): string {
  const { style } = context;
  const { counts, timings } = result.manifest;
  // Warnings the progress view did not already show (all of them with --quiet), each once.
  const warnings = [...new Set(result.manifest.warnings)].filter((warning) => !options.shownWarnings.has(warning));
  const lines = [
    style.bold(result.manifest.engine === 'offline' ? `Tenets offline engine (${options.forcedOffline ? '--offline' : 'no model configured'})` : `Tenets with ${escapeTerminal(result.manifest.models.language ?? 'a language model')}`),
    `${counts.kept} critiques → ${counts.aspects} behaviours → ${counts.clusters} clusters (${counts.noise} unclustered${counts.reassigned ? `, ${counts.reassigned} reassigned` : ''}) → ${counts.metrics} metrics, ${counts.principles} principles`,
    counts.rejected || result.ingest.ratingsOnly ? `${counts.rejected} bad rows (${topRejectReasons(result.ingest)}) in ${join(result.outDir, 'rejects.jsonl')}` : '',
    ...warnings.map((warning) => `${style.yellow('warning:')} ${escapeTerminal(warning)}`),
    `timings: ${Object.entries(timings)
      .map(([stage, milliseconds]) => `${stage} ${formatDuration(milliseconds)}`)
      .join(', ')}`,
    '',
    result.pipeline.metrics.length > 0 ? style.bold('Metrics (by prevalence):') : '',
    ...result.pipeline.metrics.slice(0, 12).map((metric) => `  ${(metric.prevalence * 100).toFixed(1).padStart(5)}%  ${escapeTerminal(metric.name)}  ${style.dim(`(${metric.signBalance.negative}− ${metric.signBalance.positive}+)`)}`),
    result.pipeline.metrics.length > 12 ? `  … ${result.pipeline.metrics.length - 12} more in metrics.json` : '',
    '',
    `Artefacts in ${result.outDir}/: manifest.json, feedback.jsonl, rejects.jsonl, aspects.jsonl, clusters.json, metrics.json, constitution.json, constitution.md`,
  ];
  if (result.pipeline.failures.length > 0) lines.push(style.yellow(`${result.pipeline.failures.length} item(s) failed; see ${join(result.outDir, 'failures.jsonl')}`));
  return `${lines.filter((line, index, all) => line !== '' || all[index - 1] !== '').join('\n')}\n`;
}

/** `12 ms`, `1.3 s`: the manifest's milliseconds, rounded for reading. */
function formatDuration(milliseconds: number): string {
  return milliseconds < 1000 ? `${Math.round(milliseconds)} ms` : `${(milliseconds / 1000).toFixed(1)} s`;
}

/** The live review for --tui when stdin and stdout are a terminal; otherwise the run goes on with its reporter and says why later. */
async function startLiveReviewIfPossible(context: CliContext) {
  const { canReviewInTerminal, startLiveReview } = await import('../review/review-in-terminal.ts');
  if (!canReviewInTerminal(context)) return undefined;
  context.reporter.finish();
  return startLiveReview(context);
}
