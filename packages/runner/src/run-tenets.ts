import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { EmbeddingModel, LanguageModel } from 'ai';
import { feedbackSchema, manifestSchemaVersion, notify, renderConstitutionMarkdown, runPipeline, type Clusterer, type Manifest, type PipelineEventListener, type RunPipelineResult, type StageName } from '@tenets/core';
import { formatIngestSummary, ingestToFiles, readJsonl, writeJsonAtomic, writeJsonlAtomic, writeTextAtomic, type IngestFilesOptions, type IngestSummary } from '@tenets/formats';
import { runArtefacts } from './run-artefacts.ts';
import { tenetsVersion } from './tenets-version.ts';

/** Ingest options (`format`, `map`, `explode`, `ratingScale`, `context`, `strict`) as `ingestFiles` documents them. */
export interface RunTenetsOptions extends Pick<IngestFilesOptions, 'format' | 'map' | 'explode' | 'ratingScale' | 'context' | 'strict'> {
  /** Feedback logs to ingest. */
  inputs: readonly string[];
  /** Run directory; created if missing. */
  outDir: string;
  clusterer: Clusterer;
  /** Replace API-key-like strings in the ingested records (and so in every artefact). @default true */
  redact?: boolean;
  /** @default 42 */
  seed?: number;
  minClusterSize?: number;
  minSamples?: number;
  /** `null` turns noise reassignment off; see `RunPipelineOptions`. */
  reassignNoiseThreshold?: number | null;
  /** Absent or null → the offline engine. */
  model?: LanguageModel | null;
  embeddingModel?: EmbeddingModel | null;
  /** How the models are named in the manifest (specs, never keys). */
  modelNames?: { language?: string; embedding?: string };
  /** The model layer's usage report (network vs cached calls, tokens, cost), used for the manifest when given. */
  usageReport?: () => Manifest['usage'];
  /** See `RunPipelineOptions.stageScope`. */
  stageScope?: <RESULT>(stage: StageName, work: () => Promise<RESULT>) => Promise<RESULT>;
  concurrency?: number;
  /** Extra options recorded in the manifest (flags as given, minus secrets). */
  recordedOptions?: Record<string, unknown>;
  abortSignal?: AbortSignal;
  onEvent?: PipelineEventListener;
  now?: () => number;
}

export interface RunTenetsResult {
  outDir: string;
  manifest: Manifest;
  ingest: IngestSummary;
  pipeline: RunPipelineResult;
}

/** `tenets run` as a library call: ingest files, run the pipeline, write every artefact atomically. */
export async function runTenets(options: RunTenetsOptions): Promise<RunTenetsResult> {
  const { inputs, outDir, clusterer, seed = 42, abortSignal, onEvent, now = Date.now } = options;
  const started = now();
  await mkdir(outDir, { recursive: true });

  // ingestToFiles reports its own stage-start/progress/stage-end events.
  const ingestStarted = now();
  const ingested = await ingestToFiles({
    files: inputs,
    out: join(outDir, runArtefacts.feedback),
    rejectsOut: join(outDir, runArtefacts.rejects),
    format: options.format,
    map: options.map,
    explode: options.explode,
    ratingScale: options.ratingScale,
    context: options.context,
    strict: options.strict,
    redact: options.redact ?? true,
    abortSignal,
    onEvent,
  });
  const ingestMs = now() - ingestStarted;
  await notify(onEvent, { type: 'info', stage: 'ingest', message: formatIngestSummary(ingested.summary) });
  if (ingested.summary.kept === 0) {
    const hint = ingested.summary.rejected + ingested.summary.ratingsOnly > 0 ? `see ${join(outDir, runArtefacts.rejects)} and check --map` : 'the input has no rows';
    await notify(onEvent, { type: 'warning', stage: 'ingest', message: `No critique was kept (${hint}); the artefacts will be empty.` });
  }
  // Read back what was written: the pipeline sees exactly the (redacted) records of feedback.jsonl.
  const { records: feedback } = await readJsonl(join(outDir, runArtefacts.feedback), feedbackSchema, { strict: true });

  const pipeline = await runPipeline({
    feedback,
    clusterer,
    model: options.model,
    embeddingModel: options.embeddingModel,
    seed,
    minClusterSize: options.minClusterSize,
    minSamples: options.minSamples,
    reassignNoiseThreshold: options.reassignNoiseThreshold,
    concurrency: options.concurrency,
    abortSignal,
    onEvent,
    now,
    stageScope: options.stageScope,
  });

  await writeJsonlAtomic(join(outDir, runArtefacts.aspects), pipeline.aspects);
  await writeJsonAtomic(join(outDir, runArtefacts.clusters), pipeline.clustering);
  await writeJsonAtomic(join(outDir, runArtefacts.metrics), { engine: pipeline.engine, metrics: pipeline.metrics });
  await writeJsonAtomic(join(outDir, runArtefacts.constitution), pipeline.constitution);
  await writeTextAtomic(join(outDir, runArtefacts.constitutionMarkdown), renderConstitutionMarkdown(pipeline.constitution, { engineNote: pipeline.engineNote }));
  await writeJsonlAtomic(join(outDir, runArtefacts.failures), pipeline.failures);

  const manifest: Manifest = {
    schemaVersion: manifestSchemaVersion,
    tool: { name: 'tenets', version: tenetsVersion },
    engine: pipeline.engine,
    engineNote: pipeline.engineNote,
    models: {
      ...(options.modelNames?.language && pipeline.engine === 'llm' ? { language: options.modelNames.language } : {}),
      embedding: options.embeddingModel ? (options.modelNames?.embedding ?? 'custom') : 'tenets:lexical-tfidf-lsa',
      clusterer: clusterer.name,
    },
    seed,
    options: { format: options.format ?? 'auto', map: options.map ?? {}, ...(options.explode?.length ? { explode: options.explode } : {}), ...(options.ratingScale ? { ratingScale: options.ratingScale } : {}), ...(options.context?.length ? { context: options.context } : {}), strict: options.strict ?? false, redact: options.redact ?? true, ...pipeline.clustering.parameters, ...options.recordedOptions },
    inputs: ingested.inputs,
    counts: {
      rows: ingested.summary.rows,
      records: ingested.summary.records,
      exploded: ingested.summary.exploded,
      kept: ingested.summary.kept,
      rejected: ingested.summary.rejected,
      ratingsOnly: ingested.summary.ratingsOnly,
      ...pipeline.counts,
    },
    timings: { ingest: ingestMs, ...pipeline.timings, total: now() - started },
    usage: options.usageReport?.() ?? pipeline.usage,
    warnings: pipeline.warnings,
  };
  await writeJsonAtomic(join(outDir, runArtefacts.manifest), manifest);
  return { outDir, manifest, ingest: ingested.summary, pipeline };
}
