import type { LanguageModel } from 'ai';
import { generateStructured } from '../../../llm/generate-structured.ts';
import type { Aspect } from '../../../schemas/aspect.ts';
import type { Cluster } from '../../../schemas/cluster.ts';
import type { Metric, MetricExample } from '../../../schemas/metric.ts';
import type { TokenUsage } from '../../../schemas/usage.ts';
import { contentId } from '../../../util/content-id.ts';
import { buildMetricPrompt } from './build-metric-prompt.ts';
import { METRIC_INSTRUCTIONS, METRIC_PROMPT_VERSION } from './metric-prompt.ts';
import { metricReplySchema } from './metric-schema.ts';
import type { ContrastIndex } from './nearest-non-members.ts';
import { sampleClusterMembers } from '../../../llm/sample-cluster-members.ts';
import type { StageItemFailure } from '../../../llm/stage-item-failure.ts';

export interface DraftMetricForClusterOptions {
  cluster: Cluster;
  contrast: ContrastIndex;
  aspectsById: ReadonlyMap<string, Aspect>;
  totalAspects: number;
  model: LanguageModel;
  memberSamples: number;
  contrastSamples: number;
  abortSignal?: AbortSignal;
}

export type DraftMetricForClusterResult = { metric: Metric; usage: TokenUsage } | { failure: StageItemFailure; usage: TokenUsage };

/** One contrastive naming call for one cluster; everything but the name, definition and example choice is computed here. */
export async function draftMetricForCluster(options: DraftMetricForClusterOptions): Promise<DraftMetricForClusterResult> {
  const { cluster, aspectsById } = options;
  const members = sampleClusterMembers(cluster, aspectsById, options.memberSamples).map((aspect, index) => ({ id: `m${index + 1}`, aspect }));
  const nonMembers = options.contrast.nearestNonMembers(cluster, options.contrastSamples).map((aspect, index) => ({ id: `n${index + 1}`, aspect }));
  const reply = await generateStructured({
    model: options.model,
    schema: metricReplySchema(members.map(({ id, aspect }) => ({ id, sign: aspect.sign }))),
    schemaName: 'metric',
    instructions: METRIC_INSTRUCTIONS,
    prompt: buildMetricPrompt(members, nonMembers),
    promptVersion: METRIC_PROMPT_VERSION,
    abortSignal: options.abortSignal,
  });
  if (!reply.success) {
    return { failure: { itemId: cluster.id, reason: reply.reason, message: reply.message, ...(reply.rawText === undefined ? {} : { rawText: reply.rawText }) }, usage: reply.usage };
  }
  const byShownId = new Map(members.map(({ id, aspect }) => [id, aspect]));
  const example = (id: string): MetricExample => {
    const aspect = byShownId.get(id)!;
    return { aspectId: aspect.id, feedbackId: aspect.feedbackId, behaviour: aspect.behaviour };
  };
  const applicability = reply.value.applicability?.trim();
  const metric: Metric = {
    id: contentId('met', cluster.id),
    name: reply.value.name.trim(),
    definition: reply.value.definition.trim(),
    ...(applicability ? { applicability } : {}),
    goodExamples: reply.value.goodExampleIds.map(example),
    badExamples: reply.value.badExampleIds.map(example),
    ...clusterProvenance(cluster, aspectsById, options.totalAspects),
    engine: 'llm',
    version: 1,
  };
  return { metric, usage: reply.usage };
}

/** Provenance and counts a metric carries, computed from the cluster (never asked of a model). */
export function clusterProvenance(cluster: Cluster, aspectsById: ReadonlyMap<string, Aspect>, totalAspects: number) {
  const signBalance = { positive: 0, negative: 0 };
  for (const id of cluster.aspectIds) {
    const sign = aspectsById.get(id)?.sign;
    if (sign) signBalance[sign]++;
  }
  return {
    supportingAspectIds: [...cluster.aspectIds].sort(),
    clusterIds: [cluster.id],
    prevalence: totalAspects === 0 ? 0 : Math.min(1, cluster.aspectIds.length / totalAspects),
    signBalance,
  };
}
