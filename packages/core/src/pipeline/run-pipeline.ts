import type { EmbeddingModel, LanguageModel } from 'ai';
import type { Clusterer } from '../cluster/clusterer.ts';
import { notify } from '../events/notify.ts';
import type { PipelineEventListener, StageName } from '../events/pipeline-event.ts';
import { yieldToEventLoop } from '../util/yield-to-event-loop.ts';
import { offlineClusteringDefaults } from '../cluster/offline-clustering-defaults.ts';
import type { Aspect, Engine } from '../schemas/aspect.ts';
import type { Clustering } from '../schemas/cluster.ts';
import type { Feedback } from '../schemas/feedback.ts';
import type { Metric } from '../schemas/metric.ts';
import type { Constitution } from '../schemas/principle.ts';
import { addUsage, emptyUsage, type TokenUsage } from '../schemas/usage.ts';
import { clusterAspects } from '../cluster/cluster-aspects.ts';
import { draftMetrics } from '../metrics/draft/draft-metrics.ts';
import { draftPrinciples } from '../constitution/draft/draft-principles.ts';
import { embedAspects } from '../embed/embed-aspects.ts';
import { groundFeedback } from '../ground/ground-feedback.ts';
import type { StageFailure } from '../events/stage-failure.ts';

export const offlineEngineNote =
  'Produced by the Tenets offline engine (no language model configured): rule-based grounding, lexical TF-IDF/LSA embeddings, HDBSCAN clustering, extractive metrics and principles.';

/** The note when an embedding model is configured but no language model: only the embeddings are a model's. */
export const offlineEngineWithEmbeddingModelNote =
  'Produced by the Tenets offline engine (no language model configured) with a configured embedding model: rule-based grounding, model embeddings, HDBSCAN clustering, extractive metrics and principles.';

export interface RunPipelineOptions {
  feedback: readonly Feedback[];
  clusterer: Clusterer;
  /** A language model for grounding, metric drafting and principles. Absent → the offline engine. */
  model?: LanguageModel | null;
  /** Absent → the lexical (TF-IDF + LSA) embedding model fitted on the run's behaviours. */
  embeddingModel?: EmbeddingModel | null;
  /** @default 42 */
  seed?: number;
  /**
   * HDBSCAN parameters. With the lexical embedding (no embedding model given) the defaults are the measured
   * `offlineClusteringDefaults(n)`: minClusterSize `defaultMinClusterSize(n)`, minSamples 3, noise reassigned at cosine ≥ 0.3.
   * With a remote embedding model: minClusterSize as above, minSamples = minClusterSize, no reassignment.
   */
  minClusterSize?: number;
  minSamples?: number;
  /** See `clusterAspects`; `null` turns reassignment off. */
  reassignNoiseThreshold?: number | null;
  /** Dimensions of the lexical embedding (offline only). */
  lexicalDimensions?: number;
  /**
   * Weight in [0, 1] of the words a behaviour shares with its feedback's prompt, response or trajectory (mostly
   * the question's topic) in the lexical embedding (offline only; 1 turns the weighting off).
   * @default defaultTopicWeight
   */
  lexicalTopicWeight?: number;
  /** Machine (LLM-as-judge) feedback is excluded from clustering unless this is true. @default false */
  includeMachineFeedback?: boolean;
  /** Parallel model calls per stage (the model layer enforces its own global limit too). @default 8 */
  concurrency?: number;
  abortSignal?: AbortSignal;
  onEvent?: PipelineEventListener;
  /** Clock for timings, injectable for tests. @default Date.now */
  now?: () => number;
  /**
   * Runs each stage inside a scope, e.g. the model layer's `withStage` so calls and cost are booked to it.
   * @default runs the stage as is
   */
  stageScope?: <RESULT>(stage: StageName, work: () => Promise<RESULT>) => Promise<RESULT>;
}

export interface RunPipelineResult {
  engine: Engine;
  engineNote: string;
  /** The feedback the pipeline used (human critiques unless machine feedback was included). */
  feedback: Feedback[];
  aspects: Aspect[];
  /** L2-normalised embedding of each aspect's behaviour, by aspect id (persisted by the runner, never recomputed). */
  embeddings: Map<string, Float32Array>;
  ungroundable: Array<{ feedbackId: string; reason: string }>;
  failures: StageFailure[];
  clustering: Clustering;
  metrics: Metric[];
  constitution: Constitution;
  usage: { stages: Record<string, TokenUsage>; total: TokenUsage };
  counts: Record<string, number>;
  timings: Record<string, number>;
  warnings: string[];
}

/** The whole pipeline in memory: ground → embed → cluster → metrics → principles. No I/O. */
export async function runPipeline(options: RunPipelineOptions): Promise<RunPipelineResult> {
  const { clusterer, seed = 42, concurrency = 8, abortSignal, onEvent, now = Date.now, stageScope = (_stage, work) => work() } = options;
  const model = options.model ?? undefined;
  const engine: Engine = model ? 'llm' : 'offline';
  const feedback = options.includeMachineFeedback ? [...options.feedback] : options.feedback.filter((record) => record.origin !== 'machine');
  const warnings: string[] = [];
  const timings: Record<string, number> = {};
  const stages: Record<string, TokenUsage> = {};
  const failures: StageFailure[] = [];
  if (feedback.length < options.feedback.length) {
    warnings.push(`${options.feedback.length - feedback.length} machine-generated feedback record(s) excluded from clustering.`);
  }
  const engineNote = model ? 'Produced with a language model (see manifest.models).' : options.embeddingModel ? offlineEngineWithEmbeddingModelNote : offlineEngineNote;
  if (!model) await notify(onEvent, { type: 'info', message: engineNote });

  const record = (stage: StageName, result: { failures: StageFailure[]; usage: TokenUsage | undefined }) => {
    failures.push(...result.failures);
    if (result.usage) stages[stage] = result.usage;
  };
  // Between stages the event loop gets a turn, so a Ctrl-C that arrived while a CPU-bound offline stage held
  // the thread aborts the run here instead of letting the remaining stages run to the end.
  const timed = async <T>(stage: StageName, work: () => Promise<T>): Promise<T> => {
    await yieldToEventLoop();
    abortSignal?.throwIfAborted();
    const started = now();
    const result = await stageScope(stage, work);
    timings[stage] = now() - started;
    await yieldToEventLoop();
    abortSignal?.throwIfAborted();
    return result;
  };

  const grounding = await timed('ground', () => groundFeedback({ feedback, model, concurrency, abortSignal, onEvent, now }));
  const { aspects } = grounding;
  record('ground', grounding);

  // Without an embedding model, embedAspects fits the lexical one (TF-IDF + randomized SVD) on the behaviours
  // inside the stage: after its stage-start, with progress, abortable, and timed here.
  const { embeddings, usage: embedUsage } = await timed('embed', () =>
    embedAspects({
      aspects,
      embeddingModel: options.embeddingModel ?? undefined,
      contexts: new Map(feedback.map((record) => [record.id, record.context])),
      lexical: { dimensions: options.lexicalDimensions, seed, topicWeight: options.lexicalTopicWeight },
      abortSignal,
      onEvent,
    }),
  );
  if (options.embeddingModel) stages.embed = embedUsage;

  const lexicalDefaults = options.embeddingModel ? undefined : offlineClusteringDefaults(aspects.length);
  const reassignNoiseThreshold = options.reassignNoiseThreshold === undefined ? lexicalDefaults?.reassignNoiseThreshold : (options.reassignNoiseThreshold ?? undefined);
  const { clustering, warnings: clusterWarnings } = await timed('cluster', () =>
    clusterAspects({
      aspects,
      embeddings,
      clusterer,
      engine,
      seed,
      minClusterSize: options.minClusterSize ?? lexicalDefaults?.minClusterSize,
      minSamples: options.minSamples ?? lexicalDefaults?.minSamples,
      reassignNoiseThreshold,
      abortSignal,
      onEvent,
    }),
  );
  warnings.push(...clusterWarnings);

  const { clusters } = clustering;
  const drafted = await timed('metrics', () => draftMetrics({ clusters, aspects, feedback, embeddings, model, concurrency, abortSignal, onEvent, now }));
  const { metrics } = drafted;
  record('metrics', drafted);
  const constitution = await timed('principles', () => draftPrinciples({ clusters, metrics, aspects, feedback, model, concurrency, abortSignal, onEvent, now }));
  const { principles } = constitution;
  record('principles', constitution);

  const total = Object.values(stages).reduce(addUsage, emptyUsage());
  return {
    engine,
    engineNote,
    feedback,
    aspects,
    embeddings,
    ungroundable: grounding.ungroundable,
    failures,
    clustering,
    metrics,
    constitution: { engine, principles },
    usage: { stages, total },
    counts: {
      feedback: feedback.length,
      aspects: aspects.length,
      ungroundable: grounding.ungroundable.length,
      // Clauses that named no behaviour, by outcome and kind ("attached.critic-answer", "dropped.fragment", …).
      ...Object.fromEntries(Object.entries(grounding.setAside).map(([key, count]) => [`clauses.${key}`, count])),
      clusters: clustering.clusters.length,
      noise: clustering.noiseAspectIds.length,
      reassigned: clustering.reassigned.length,
      metrics: metrics.length,
      principles: principles.length,
      failures: failures.length,
    },
    timings,
    warnings,
  };
}
