import type { EmbeddingModel, LanguageModel } from 'ai';
import { applyReview, lexicalEmbeddingModelName, notify, renderAnyConstitutionMarkdown, runPipeline, type Clusterer, type PipelineEventListener, type RunPipelineResult, type RunRecord, type StageName } from '@tenets/core';
import { formatIngestSummary, ingestToFiles, type IngestFilesOptions, type IngestSummary } from '@tenets/formats';
import { openRun, writeEmbeddings, type ArtefactLineage, type ArtefactName } from '@tenets/store';

/** Ingest options (`format`, `map`, `explode`, `ratingScale`, `context`, `strict`, `delimiter`, `maxDepth`) as `ingestFiles` documents them. */
export interface RunTenetsOptions extends Pick<IngestFilesOptions, 'format' | 'map' | 'explode' | 'ratingScale' | 'context' | 'strict' | 'delimiter' | 'maxDepth'> {
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
  usageReport?: () => RunRecord['usage'];
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
  /** What manifest.json records about the run as a whole (`manifest.run`). */
  manifest: RunRecord;
  ingest: IngestSummary;
  pipeline: RunPipelineResult;
}

/**
 * `tenets run` as a library call: ingest files, run the pipeline, write every artefact through the run store
 * (atomically, with lineage; artefacts of other commands derived from changed ones are removed as stale).
 */
export async function runTenets(options: RunTenetsOptions): Promise<RunTenetsResult> {
  const { inputs, outDir, clusterer, seed = 42, abortSignal, onEvent, now = Date.now } = options;
  const command = 'tenets run';
  const started = now();
  const run = await openRun(outDir, { create: true });

  // ingestToFiles reports its own stage-start/progress/stage-end events.
  const ingestStarted = now();
  const ingestOptions = { format: options.format ?? 'auto', map: options.map ?? {}, ...(options.explode?.length ? { explode: options.explode } : {}), ...(options.ratingScale ? { ratingScale: options.ratingScale } : {}), ...(options.context?.length ? { context: options.context } : {}), ...(options.delimiter ? { delimiter: options.delimiter } : {}), ...(options.maxDepth ? { maxDepth: options.maxDepth } : {}), strict: options.strict ?? false, redact: options.redact ?? true };
  const ingested = await run.writeWith({ feedback: { command, options: ingestOptions }, rejects: { command, options: ingestOptions } }, (paths) =>
    ingestToFiles({
      files: inputs,
      out: paths.feedback,
      rejectsOut: paths.rejects,
      format: options.format,
      map: options.map,
      explode: options.explode,
      ratingScale: options.ratingScale,
      context: options.context,
      ...(options.delimiter ? { delimiter: options.delimiter } : {}),
      ...(options.maxDepth ? { maxDepth: options.maxDepth } : {}),
      strict: options.strict,
      redact: options.redact ?? true,
      abortSignal,
      onEvent,
    }),
  );
  const ingestMs = now() - ingestStarted;
  await notify(onEvent, { type: 'info', stage: 'ingest', message: formatIngestSummary(ingested.summary) });
  if (ingested.summary.kept === 0) {
    const hint = ingested.summary.rejected + ingested.summary.ratingsOnly > 0 ? `see ${run.path('rejects')} and check --map` : 'the input has no rows';
    await notify(onEvent, { type: 'warning', stage: 'ingest', message: `No critique was kept (${hint}); the artefacts will be empty.` });
  }
  // Read back what was written: the pipeline sees exactly the (redacted) records of feedback.jsonl.
  const feedback = await run.read('feedback');

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

  const embeddingModelName = options.embeddingModel ? (options.modelNames?.embedding ?? 'custom') : lexicalEmbeddingModelName;
  const recordedOptions = { ...ingestOptions, ...pipeline.clustering.parameters, ...options.recordedOptions };
  const lineage = (...derivedFrom: ArtefactName[]): ArtefactLineage => ({ command, options: recordedOptions, derivedFrom });
  await run.write('aspects', pipeline.aspects, lineage('feedback'));
  // Persisted so later steps (merging clusters, drafting for a new one, labelling new critiques) never re-embed.
  await writeEmbeddings(run, { ids: pipeline.aspects.map((aspect) => aspect.id), vectors: pipeline.embeddings, model: embeddingModelName }, lineage('aspects'));
  await run.write('clusters', pipeline.clustering, lineage('aspects', 'embeddings'));
  await run.write('metrics', { engine: pipeline.engine, metrics: pipeline.metrics }, lineage('clusters', 'aspects', 'feedback'));
  await run.write('constitution', pipeline.constitution, lineage('clusters', 'metrics', 'aspects', 'feedback'));
  // constitution.md honours the review decisions made on an earlier run into this directory; a new decision makes it stale.
  const review = await run.readReview();
  const applied = review.decisions.length === 0 ? undefined : applyReview({ clusters: pipeline.clustering, aspects: pipeline.aspects, metrics: pipeline.metrics, constitution: pipeline.constitution }, review);
  const reviewed = applied?.constitution ?? pipeline.constitution;
  // Decisions whose anchors no longer match (e.g. other inputs) are listed, never dropped silently.
  if (applied && applied.unmatched.length > 0) {
    const listed = applied.unmatched.map((entry) => `#${entry.index + 1} ${entry.decision.type} (${entry.reason})`).join('; ');
    pipeline.warnings.push(`${applied.unmatched.length} of ${review.decisions.length} review decision(s) in review.json no longer apply to this run: ${listed}.`);
  }
  await run.write('constitution-markdown', renderAnyConstitutionMarkdown(reviewed, { engineNote: pipeline.engineNote }), lineage('constitution', 'review'));
  await run.write('failures', pipeline.failures, lineage('feedback'));

  const manifest: RunRecord = {
    engine: pipeline.engine,
    engineNote: pipeline.engineNote,
    models: {
      ...(options.modelNames?.language && pipeline.engine === 'llm' ? { language: options.modelNames.language } : {}),
      embedding: embeddingModelName,
      clusterer: clusterer.name,
    },
    seed,
    options: recordedOptions,
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
  await run.writeRunRecord(manifest);
  return { outDir, manifest, ingest: ingested.summary, pipeline };
}
