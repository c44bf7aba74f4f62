import type { EmbeddingModel, LanguageModel } from 'ai';
import { TenetsInvalidInputError } from '../../errors/tenets-invalid-input-error.ts';
import { notify } from '../../events/notify.ts';
import type { PipelineEventListener } from '../../events/pipeline-event.ts';
import { distinctiveTerms } from '../../text/distinctive-terms.ts';
import { draftMetricsOffline } from '../draft/offline/draft-metrics-offline.ts';
import type { Aspect, Engine } from '../../schemas/aspect.ts';
import type { Cluster } from '../../schemas/cluster.ts';
import type { Feedback } from '../../schemas/feedback.ts';
import type { Metric } from '../../schemas/metric.ts';
import { addUsage, emptyUsage, type TokenUsage } from '../../schemas/usage.ts';
import { embedTexts } from '../../embed/embed-texts.ts';
import { kMeans } from '../../cluster/k-means.ts';
import { clustersFromLabels } from './clusters-from-labels.ts';
import { induceMetricsLlm } from './induce-metrics-llm.ts';

export interface InduceMetricsOptions {
  /** The train aspects (grounded once). */
  aspects: readonly Aspect[];
  /** The feedback the aspects came from (the offline drafter quotes critiques). */
  feedback: readonly Feedback[];
  /** How many metrics to induce. */
  n: number;
  /** Absent → the lexical model fitted on the behaviours. Ignored when `embeddings` covers every aspect. */
  embeddingModel?: EmbeddingModel | null;
  /** Precomputed L2-normalised vectors by aspect id (the N search embeds once and reuses them). */
  embeddings?: ReadonlyMap<string, Float32Array>;
  /** Absent → offline: k-means into N groups, extractive metrics. */
  model?: LanguageModel | null;
  seed: number;
  /** Pre-clusters shown to the model. @default min(#aspects, max(n, min(60, ⌈#aspects / 3⌉))) */
  preClusters?: number;
  /** Behaviours shown per pre-cluster; the rest follow their group. @default 12 */
  maxAspectsPerGroup?: number;
  /** @default 3 */
  maxExamplesPerSide?: number;
  maxOutputTokens?: number;
  abortSignal?: AbortSignal;
  onEvent?: PipelineEventListener;
}

export interface InduceMetricsResult {
  engine: Engine;
  n: number;
  seed: number;
  metrics: Metric[];
  /** Offline: the N groups behind the metrics. LLM: the pre-clusters the model merged. */
  clusters: Cluster[];
  /** Every train aspect → its metric id (checked in code: nothing is left out). */
  assignment: Record<string, string>;
  /** Aspects the model did not assign, placed by similarity (LLM only). */
  reassigned: Array<{ aspectId: string; metricId: string; similarity: number }>;
  embeddings: Map<string, Float32Array>;
  usage: TokenUsage;
  warnings: string[];
}

/**
 * AutoLibra metric induction for one N. Offline: seeded k-means(++) into N groups over the behaviour
 * embeddings, then extractive metrics. With a model: seeded pre-clusters, then one call that names, merges
 * and splits them into exactly N metrics with an explicit aspect → metric map, checked in code.
 */
export async function induceMetrics(options: InduceMetricsOptions): Promise<InduceMetricsResult> {
  const { feedback, seed, maxAspectsPerGroup = 12, maxExamplesPerSide = 3, maxOutputTokens, abortSignal, onEvent } = options;
  const model = options.model ?? undefined;
  const engine: Engine = model ? 'llm' : 'offline';
  if (!Number.isInteger(options.n) || options.n < 1) throw new TenetsInvalidInputError({ message: `N must be a positive integer, got ${options.n}.`, field: 'n' });
  if (options.aspects.length === 0) throw new TenetsInvalidInputError({ message: 'Metric induction needs at least one grounded aspect.', hint: 'Run grounding first (tenets run) and check aspects.jsonl.' });
  const started = Date.now();
  await notify(onEvent, { type: 'stage-start', stage: 'metrics', total: options.n });
  const warnings: string[] = [];
  // Canonical order (ids are content hashes) so input order never changes the result.
  const aspects = [...options.aspects].sort((left, right) => (left.id < right.id ? -1 : left.id > right.id ? 1 : 0));
  const n = Math.min(options.n, aspects.length);
  if (n < options.n) warnings.push(`Asked for ${options.n} metrics but there are only ${aspects.length} aspects; inducing ${n}.`);

  let usage = emptyUsage();
  const embeddings = new Map<string, Float32Array>();
  const missing = aspects.filter((aspect) => !options.embeddings?.has(aspect.id));
  if (missing.length > 0) {
    const embedded = await embedTexts({ texts: missing.map((aspect) => aspect.behaviour), embeddingModel: options.embeddingModel ?? undefined, seed, abortSignal });
    usage = addUsage(usage, embedded.usage);
    for (const aspect of missing) embeddings.set(aspect.id, embedded.vectors.get(aspect.behaviour)!);
  }
  for (const aspect of aspects) if (!embeddings.has(aspect.id)) embeddings.set(aspect.id, options.embeddings!.get(aspect.id)!);
  const vectors = aspects.map((aspect) => embeddings.get(aspect.id)!);
  const behaviourById = new Map(aspects.map((aspect) => [aspect.id, aspect.behaviour]));
  const withTerms = (groups: Cluster[]) => {
    const groupTerms = distinctiveTerms({ groups: groups.map((cluster) => cluster.aspectIds.map((id) => behaviourById.get(id)!)), top: 8 });
    return groups.map((cluster, index) => ({ ...cluster, terms: groupTerms[index] ?? [] }));
  };

  let metrics: Metric[];
  let clusters: Cluster[];
  let reassigned: InduceMetricsResult['reassigned'] = [];
  if (!model) {
    const { labels, clusterCount } = kMeans({ vectors, k: n, seed });
    if (clusterCount < n) warnings.push(`Only ${clusterCount} distinct groups exist among the behaviours; ${clusterCount} metrics induced instead of ${n}.`);
    clusters = withTerms(clustersFromLabels({ aspects, labels, vectors }));
    metrics = draftMetricsOffline({ clusters, aspects, feedback, embeddings });
  } else {
    const preClusters = Math.min(aspects.length, Math.max(n, options.preClusters ?? Math.min(60, Math.ceil(aspects.length / 3))));
    const { labels } = kMeans({ vectors, k: preClusters, seed });
    clusters = withTerms(clustersFromLabels({ aspects, labels, vectors }));
    const result = await induceMetricsLlm({ aspects, clusters, vectors: embeddings, n, model, maxAspectsPerGroup, maxExamplesPerSide, maxOutputTokens, abortSignal });
    metrics = result.metrics;
    reassigned = result.reassigned;
    usage = addUsage(usage, result.usage);
    warnings.push(...result.warnings);
  }

  const assignment: Record<string, string> = {};
  for (const metric of metrics) for (const aspectId of metric.supportingAspectIds) assignment[aspectId] ??= metric.id;
  const unassigned = aspects.filter((aspect) => assignment[aspect.id] === undefined);
  if (unassigned.length > 0) warnings.push(`${unassigned.length} aspect(s) support no metric: ${unassigned.slice(0, 5).map((aspect) => aspect.id).join(', ')}${unassigned.length > 5 ? ', …' : ''}.`);
  for (const warning of warnings) await notify(onEvent, { type: 'warning', stage: 'metrics', message: warning });
  await notify(onEvent, { type: 'stage-end', stage: 'metrics', durationMs: Date.now() - started, counts: { metrics: metrics.length, aspects: aspects.length, reassigned: reassigned.length }, usage });
  return { engine, n, seed, metrics, clusters, assignment, reassigned, embeddings, usage, warnings };
}
