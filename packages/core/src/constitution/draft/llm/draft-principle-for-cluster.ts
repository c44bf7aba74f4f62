import type { LanguageModel } from 'ai';
import { generateStructured } from '../../../llm/generate-structured.ts';
import type { Aspect } from '../../../schemas/aspect.ts';
import type { Cluster } from '../../../schemas/cluster.ts';
import type { Feedback } from '../../../schemas/feedback.ts';
import type { Metric } from '../../../schemas/metric.ts';
import type { Principle } from '../../../schemas/principle.ts';
import type { TokenUsage } from '../../../schemas/usage.ts';
import { contentId } from '../../../util/content-id.ts';
import { buildPrinciplePrompt, type ShownCritique } from './build-principle-prompt.ts';
import { PRINCIPLE_INSTRUCTIONS, PRINCIPLE_PROMPT_VERSION } from './principle-prompt.ts';
import { principleReplySchema } from './principle-schema.ts';
import { orderClusterMembers } from '../../../llm/sample-cluster-members.ts';
import type { StageItemFailure } from '../../../llm/stage-item-failure.ts';

export interface DraftPrincipleForClusterOptions {
  cluster: Cluster;
  aspectsById: ReadonlyMap<string, Aspect>;
  feedbackById: ReadonlyMap<string, Feedback>;
  metric: Metric | undefined;
  model: LanguageModel;
  maxCritiques: number;
  abortSignal?: AbortSignal;
}

export type DraftPrincipleForClusterResult = { principle: Principle; usage: TokenUsage } | { failure: StageItemFailure; usage: TokenUsage };

/** One call drafting the principle for one cluster; support counts and examples are computed here, in code. */
export async function draftPrincipleForCluster(options: DraftPrincipleForClusterOptions): Promise<DraftPrincipleForClusterResult> {
  const { cluster, aspectsById, feedbackById, metric } = options;
  const shown = shownCritiques(cluster, aspectsById, feedbackById, options.maxCritiques);
  const reply = await generateStructured({
    model: options.model,
    schema: principleReplySchema(shown.map((critique) => critique.id)),
    schemaName: 'principle',
    instructions: PRINCIPLE_INSTRUCTIONS,
    prompt: buildPrinciplePrompt(shown, metric),
    promptVersion: PRINCIPLE_PROMPT_VERSION,
    abortSignal: options.abortSignal,
  });
  if (!reply.success) {
    return { failure: { itemId: cluster.id, reason: reply.reason, message: reply.message, ...(reply.rawText === undefined ? {} : { rawText: reply.rawText }) }, usage: reply.usage };
  }
  const byShownId = new Map(shown.map((critique) => [critique.id, critique]));
  const supporting = reply.value.supportingFeedbackIds.map((id) => byShownId.get(id)!);
  const principle: Principle = {
    id: contentId('pri', cluster.id),
    text: reply.value.text.trim(),
    supportingFeedbackIds: supporting.map((critique) => critique.feedbackId).sort(),
    support: clusterSupport(cluster, aspectsById),
    exampleCritiques: supporting.slice(0, 3).map((critique) => ({ feedbackId: critique.feedbackId, critique: critique.critique })),
    clusterId: cluster.id,
    ...(metric ? { metricId: metric.id } : {}),
    engine: 'llm',
  };
  return { principle, usage: reply.usage };
}

/** Up to `count` distinct critiques behind the cluster's members, medoid's first, each with one of its behaviours. */
function shownCritiques(cluster: Cluster, aspectsById: ReadonlyMap<string, Aspect>, feedbackById: ReadonlyMap<string, Feedback>, count: number): ShownCritique[] {
  const shown: ShownCritique[] = [];
  const seen = new Set<string>();
  for (const aspect of orderClusterMembers(cluster, aspectsById)) {
    if (shown.length >= count) break;
    if (seen.has(aspect.feedbackId)) continue;
    seen.add(aspect.feedbackId);
    const critique = feedbackById.get(aspect.feedbackId)?.critique ?? aspect.evidence.critique.quote;
    shown.push({ id: `f${shown.length + 1}`, feedbackId: aspect.feedbackId, critique, sign: aspect.sign, behaviour: aspect.behaviour });
  }
  return shown;
}

/** How much of the log stands behind a cluster: its distinct critiques, aspects and signs. */
export function clusterSupport(cluster: Cluster, aspectsById: ReadonlyMap<string, Aspect>): Principle['support'] {
  const members = cluster.aspectIds.map((id) => aspectsById.get(id)).filter((aspect) => aspect !== undefined);
  return {
    feedback: new Set(members.map((aspect) => aspect.feedbackId)).size,
    aspects: members.length,
    positive: members.filter((aspect) => aspect.sign === 'positive').length,
    negative: members.filter((aspect) => aspect.sign === 'negative').length,
  };
}
