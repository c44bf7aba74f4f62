import { createHdbscanClusterer, createHdbscanTsClusterer } from '@tenets/cluster';
import { runTenets, type RunTenetsResult } from '@tenets/runner';
import type { CliContext } from '../cli/context.ts';
import { exitCodes } from '../cli/exit-codes.ts';
import { ingestOptionsFromFlags, type IngestFlagValues } from '../cli/ingest-options-from-flags.ts';
import { openModels, type ModelFlags } from './open-models.ts';

interface RunFlags extends ModelFlags, IngestFlagValues {
  out: string;
  seed: number;
  minClusterSize?: number;
  minSamples?: number;
  reassignNoise?: number | null;
  clusterer: 'hdbscan' | 'hdbscan-ts';
  json?: boolean;
  quiet?: boolean;
}

/** `tenets run <files…> --out <dir>`: the whole pipeline, offline unless a model is configured. */
export async function runCommand(files: string[], rawFlags: Record<string, unknown>, context: CliContext): Promise<number> {
  const flags = rawFlags as unknown as RunFlags;
  const models = await openModels(flags, context);
  try {
    const clusterer = flags.clusterer === 'hdbscan-ts' ? createHdbscanTsClusterer() : createHdbscanClusterer();
    const result = await runTenets({
      inputs: files,
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
}

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
