import { join } from 'node:path';
import type { RunConstitutionCommandResult, RunSynthCommandResult, RunTenetsResult, RunTenetsStagesResult } from '@tenets/runner';
import { z } from 'zod';
import type { CliContext } from '../cli/context.ts';
import { defineCommand } from '../cli/define-command.ts';
import { exitCodes } from '../cli/exit-codes.ts';
import { flag } from '../cli/flag-registry.ts';
import { commonFlags, ingestFlags, modelFlags } from '../cli/flags.ts';
import { ingestOptionsFromFlags } from '../cli/ingest-options-from-flags.ts';
import { nothingKept, topRejectReasons } from '../cli/describe-rejects.ts';
import { escapeTerminal } from '../cli/escape-terminal.ts';
import { describeSetAside } from '../cli/describe-set-aside.ts';
import { describeSynthCounts } from '../cli/describe-synth-counts.ts';

/** `tenets run <files…> --out <dir>`: the whole pipeline, the constitution stage on preference pairs, C3PO with --synth; offline unless a model is configured. */
export const runCommand = defineCommand({
  name: 'run',
  summary: 'Ingest feedback, then ground, embed, cluster, draft metrics and a constitution; preference pairs go through the constitution stage (ICAI).',
  positionals: [{ name: 'files', description: 'Feedback logs (JSONL, JSON, CSV, Langfuse or LangSmith exports) and/or preference pairs (ICAI CSV, TRL JSONL, AnnotatedPairs v2.0).', variadic: true }],
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
        .describe('Put an unclustered behaviour into its nearest cluster when cosine similarity ≥ this (reported in clusters.json). Default: 0.3 with offline embeddings, else off.'),
      { valueName: 'similarity|off' },
    ),
    clusterer: flag(z.enum(['hdbscan', 'hdbscan-ts']).default('hdbscan').describe('Clustering engine: hdbscan (fast) or hdbscan-ts (small inputs).'), { valueName: 'name' }),
    synth: z.boolean().optional().describe('After the run, synthesise scoped preference data (C3PO) from its principles into the run directory, with the same models (offline without one).'),
    tui: z.boolean().optional().describe('Open `tenets review` at once: its Overview shows the run’s progress, ETA and spend, the other screens unlock when it ends (needs a terminal).'),
    ...modelFlags,
    ...commonFlags,
  }),
  examples: [
    'tenets run fixtures/support-assistant/feedback.jsonl --out runs/demo',
    'tenets run scores.csv --map critique=comment --model openai:gpt-4.1-mini',
    'tenets run feedback.jsonl pairs.csv --out runs/both --synth',
  ],
  async run({ flags, positionals }, context) {
    // Said before the pipeline's modules load (the slow part of a start), so the first line comes at once.
    context.reporter.onEvent({ type: 'info', message: `run: ${positionals.files.length} input file(s) → ${flags.out}` });
    const [{ createHdbscanClusterer, createHdbscanTsClusterer }, { runTenetsStages }, { openModels }] = await Promise.all([
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
      const stages = await runTenetsStages({
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
        synth: flags.synth === true,
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
      const result = stages.run;
      if (live) {
        // A run of pairs only has no clusters to review; a run that kept nothing has nothing at all.
        if (!result || nothingKept(result.ingest)) live.close();
        else await live.review(stages.outDir);
      }
      if (flags.json) context.stdout.write(`${JSON.stringify(jsonSummary(stages), null, 2)}\n`);
      else {
        if (result) context.stdout.write(renderSummary(result, context, { forcedOffline: flags.offline === true, shownWarnings, embeddingModel: models.embeddingModel ? (models.names.embedding ?? 'custom') : undefined }));
        if (stages.constitution) context.stdout.write(renderConstitution(stages.constitution, context, { drafted: result?.pipeline.constitution.principles.length }));
        if (stages.synth) context.stdout.write(renderSynth(stages.synth, context));
      }
      if (result && nothingKept(result.ingest)) {
        context.stderr.write(`${context.style.red('error:')} no critique was kept from ${result.ingest.rows} row(s)${result.ingest.rows > 0 ? ` (${topRejectReasons(result.ingest)}); see ${join(result.outDir, 'rejects.jsonl')}` : ''}\n`);
        context.stderr.write(`${context.style.dim('hint:')} check the field names with \`tenets ingest <file> --out -\` and map them, e.g. --map critique=comment or --map context.prompt=input.\n`);
        return exitCodes.input;
      }
      if (flags.tui && !live) {
        const { canReviewInTerminal, noTerminalMessage, reviewInTerminal } = await import('../review/review-in-terminal.ts');
        if (canReviewInTerminal(context)) await reviewInTerminal(stages.outDir, context);
        else context.stderr.write(`${context.style.yellow('warning:')} --tui: ${noTerminalMessage}\n`);
      }
      const failed = (result?.pipeline.failures.length ?? 0) + (stages.constitution?.result?.failures.length ?? 0) + (stages.synth?.result?.failures.length ?? 0);
      return failed > 0 ? exitCodes.partial : exitCodes.ok;
    } finally {
      await models.close();
    }
  },
});
function jsonSummary(stages: RunTenetsStagesResult) {
  const { run: result, constitution, synth } = stages;
  return {
    outDir: stages.outDir,
    inputs: stages.inputs,
    ...(result
      ? {
          engine: result.manifest.engine,
          engineNote: result.manifest.engineNote,
          counts: result.manifest.counts,
          usage: result.manifest.usage.total,
          metrics: result.pipeline.metrics.map((metric) => ({ id: metric.id, name: metric.name, prevalence: metric.prevalence, supportingAspects: metric.supportingAspectIds.length })),
          warnings: result.manifest.warnings,
        }
      : {}),
    ...(constitution ? { constitution: { engine: constitution.engine, pairs: constitution.pairs, rejected: constitution.rejected, principles: constitution.result?.constitution.principles.map((principle) => principle.text) ?? [], heldOut: constitution.result?.constitution.reconstruction.heldOut ?? null, warnings: constitution.warnings } } : {}),
    ...(synth ? { synth: { engine: synth.engine, principles: synth.principles, counts: synth.counts, files: synth.files, warnings: synth.warnings } } : {}),
  };
}

/** The constitution stage's lines: what ran on which pairs, the principles, held-out agreement. */
function renderConstitution(stage: RunConstitutionCommandResult, context: CliContext, options: { drafted: number | undefined }): string {
  const afterPipeline = options.drafted !== undefined;
  const constitution = stage.result?.constitution;
  const heldOut = constitution?.reconstruction.heldOut?.withConstitution.agreement;
  const engine = stage.engine === 'offline' ? 'offline engine — lexical; cannot judge truthfulness or politeness' : 'model';
  const lines = [
    afterPipeline ? '' : context.style.bold('Tenets constitution stage (ICAI): the inputs hold preference pairs, not critiques'),
    `${afterPipeline ? 'Constitution stage (ICAI) on the preference pairs' : 'Constitution'} (${engine}${afterPipeline ? `; the run's ${options.drafted} drafted principles joined the candidates` : ''}) from ${stage.pairs} pairs:`,
    ...(constitution?.principles ?? []).map((principle, index) => `  ${index + 1}. ${escapeTerminal(principle.text)}`),
    `held-out agreement: ${heldOut === undefined || heldOut === null ? 'n/a' : `${(heldOut * 100).toFixed(1)}%`}`,
    stage.rejected > 0 ? `${stage.rejected} pair row(s) rejected; see ${join(stage.outDir, 'preference-rejects.jsonl')}` : '',
    `Artefacts in ${stage.outDir}/: constitution.json, constitution.md, candidates.jsonl, votes.jsonl, preferences.jsonl`,
  ];
  return `${lines.filter((line, index) => line !== '' || index === 0).join('\n')}\n`;
}

/** The synthesis stage's lines: what was synthesised and its summary line. */
function renderSynth(stage: RunSynthCommandResult, context: CliContext): string {
  const lines = [
    '',
    context.style.bold(`Synthesised scoped preference data (C3PO) for ${stage.principles} principle(s) (${stage.engine})`),
    describeSynthCounts(stage.counts),
    `Artefacts in ${stage.outDir}/: synth.json, synth-prompts.jsonl, synth-records.jsonl, synth-dropped.jsonl, synth-failures.jsonl`,
  ];
  return `${lines.join('\n')}\n`;
}

function renderSummary(result: RunTenetsResult, context: CliContext, options: { forcedOffline: boolean; shownWarnings: ReadonlySet<string>; embeddingModel: string | undefined }): string {
  const { style } = context;
  const { counts, timings } = result.manifest;
  // Warnings the progress view did not already show (all of them with --quiet), each once.
  const warnings = [...new Set(result.manifest.warnings)].filter((warning) => !options.shownWarnings.has(warning));
  const lines = [
    style.bold(result.manifest.engine === 'offline' ? offlineHeadline(options.embeddingModel, options.forcedOffline) : `Tenets with ${escapeTerminal(result.manifest.models.language ?? 'a language model')}`),
    result.manifest.engine === 'offline' ? style.dim(offlineLimits(options.embeddingModel)) : '',
    `${counts.kept} critiques → ${counts.aspects} behaviours → ${counts.clusters} clusters (${counts.noise} unclustered${counts.reassigned ? `, ${counts.reassigned} reassigned` : ''}) → ${counts.metrics} metrics, ${counts.principles} principles`,
    describeSetAside(counts),
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
    `Artefacts in ${result.outDir}/: manifest.json, feedback.jsonl, rejects.jsonl, aspects.jsonl, embeddings.bin + embeddings.json, clusters.json, metrics.json, constitution.json, constitution.md, failures.jsonl`,
  ];
  if (result.pipeline.failures.length > 0) lines.push(style.yellow(`${result.pipeline.failures.length} item(s) failed; see ${join(result.outDir, 'failures.jsonl')}`));
  return `${lines.filter((line, index, all) => line !== '' || all[index - 1] !== '').join('\n')}\n`;
}

/** The configured embedding model's name (the spec), when the run used one instead of the lexical embeddings. */
function offlineHeadline(embeddingModel: string | undefined, forcedOffline: boolean): string {
  if (!embeddingModel) return `Tenets offline engine (${forcedOffline ? '--offline' : 'no model configured'})`;
  return `Tenets offline engine (${forcedOffline ? '--offline' : 'no language model configured'}) with embeddings from ${escapeTerminal(embeddingModel)}`;
}

/** What the offline engine cannot do, said where its output is read (README, "What the offline engine cannot do"). */
function offlineLimits(embeddingModel: string | undefined): string {
  return [
    embeddingModel ? '' : 'Lexical: phrasings that share no words ("too long", "wall of text") meet only through an embedding model (--embedding-model).',
    'Rules, names and signs are read from the critics\' words by rule, not paraphrased or understood (--model for that).',
  ]
    .filter(Boolean)
    .join(' ');
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
