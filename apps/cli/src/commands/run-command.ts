import type { RunTenetsResult } from '@tenets/runner';
import { z } from 'zod';
import type { CliContext } from '../cli/context.ts';
import { defineCommand } from '../cli/define-command.ts';
import { exitCodes } from '../cli/exit-codes.ts';
import { flag } from '../cli/flag-registry.ts';
import { commonFlags, ingestFlags, modelFlags } from '../cli/flags.ts';
import { ingestOptionsFromFlags } from '../cli/ingest-options-from-flags.ts';

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
    ...modelFlags,
    ...commonFlags,
  }),
  examples: ['tenets run fixtures/support-assistant/feedback.jsonl --out runs/demo', 'tenets run scores.csv --map critique=comment --model openai:gpt-4.1-mini'],
  async run({ flags, positionals }, context) {
    const [{ createHdbscanClusterer, createHdbscanTsClusterer }, { runTenets }, { openModels }] = await Promise.all([
      import('@tenets/cluster'),
      import('@tenets/runner'),
      import('../cli/open-models.ts'),
    ]);
    const models = await openModels(flags, context);
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
        onEvent: (event) => context.reporter.onEvent(event),
      });
      context.reporter.finish();
      context.stdout.write(flags.json ? `${JSON.stringify(jsonSummary(result), null, 2)}\n` : renderSummary(result, context, flags.offline === true));
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

function renderSummary(result: RunTenetsResult, context: CliContext, forcedOffline: boolean): string {
  const { style } = context;
  const { counts } = result.manifest;
  const lines = [
    style.bold(result.manifest.engine === 'offline' ? `Tenets offline engine (${forcedOffline ? '--offline' : 'no model configured'})` : `Tenets with ${result.manifest.models.language ?? 'a language model'}`),
    `${counts.kept} critiques → ${counts.aspects} behaviours → ${counts.clusters} clusters (${counts.noise} unclustered${counts.reassigned ? `, ${counts.reassigned} reassigned` : ''}) → ${counts.metrics} metrics, ${counts.principles} principles`,
    counts.rejected ? `${counts.rejected} bad rows in ${result.outDir}/rejects.jsonl` : '',
    '',
    style.bold('Metrics (by prevalence):'),
    ...result.pipeline.metrics.slice(0, 12).map((metric) => `  ${(metric.prevalence * 100).toFixed(1).padStart(5)}%  ${metric.name}  ${style.dim(`(${metric.signBalance.negative}− ${metric.signBalance.positive}+)`)}`),
    result.pipeline.metrics.length > 12 ? `  … ${result.pipeline.metrics.length - 12} more in metrics.json` : '',
    '',
    `Artefacts in ${result.outDir}/: manifest.json, feedback.jsonl, rejects.jsonl, aspects.jsonl, clusters.json, metrics.json, constitution.json, constitution.md`,
  ];
  if (result.pipeline.failures.length > 0) lines.push(style.yellow(`${result.pipeline.failures.length} item(s) failed; see ${result.outDir}/failures.jsonl`));
  return `${lines.filter((line, index, all) => line !== '' || all[index - 1] !== '').join('\n')}\n`;
}
