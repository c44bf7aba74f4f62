import type { LanguageModel } from 'ai';
import { addUsage, draftMetricsLlm, draftPrinciplesLlm, emptyUsage, type Cluster, type Metric, type Principle, type TokenUsage } from '@tenets/core';
import { costOf, estimateTokens, type ModelPrice } from '@tenets/models';
import type { ReviewArtefacts } from '../review-artefacts.ts';

/** The language model a review may redraft with (from the model flags), and what it costs. */
export interface ReviewModelDrafter {
  model: LanguageModel;
  /** The model's spec as the user gave it, e.g. `openai:gpt-4o-mini`. */
  name: string;
  /** Price per million tokens; undefined when unknown (the cost is then not shown). */
  price?: ModelPrice;
  /** The model layer's running total (its cost meter): the actual spend of a redraft is read from it when given, so cache hits cost nothing. */
  meteredUsage?: () => TokenUsage;
}

/** What a model redraft of one cluster will do, shown before any call is made. */
export interface ModelRedraftPlan {
  clusterId: string;
  modelName: string;
  /** One metric call and one principle call. */
  calls: number;
  inputTokens: number;
  outputTokens: number;
  /** US dollars at the model's price; undefined when no price is known. */
  costUsd?: number;
}

export interface ModelRedraftResult {
  metrics: Metric[];
  principles: Principle[];
  usage: TokenUsage;
  /** Why a call failed (its draft was not replaced); empty when both drafts came from the model. */
  failures: string[];
}

// Shown per call by core's prompts (draftMetricsLlm: 10 members and 10 contrasts; draftPrinciplesLlm: 12 critiques).
const shown = { metricMembers: 10, metricContrasts: 10, principleCritiques: 12 } as const;
/** Instructions and answer schema per call, about what core's metric-v1 and principle-v1 prompts carry. */
const overheadTokens = { metric: 420, principle: 330 } as const;
const replyTokens = { metric: 90, principle: 60 } as const;

/** The calls and the cost of drafting one cluster's metric and principle with the model, estimated (≈ 4 characters a token). */
export function planModelRedraft(artefacts: ReviewArtefacts, cluster: Cluster, drafter: ReviewModelDrafter): ModelRedraftPlan {
  const aspectById = new Map(artefacts.aspects.map((aspect) => [aspect.id, aspect]));
  const feedbackById = new Map(artefacts.feedback.map((feedback) => [feedback.id, feedback]));
  const members = cluster.aspectIds.map((id) => aspectById.get(id)).filter((aspect) => aspect !== undefined);
  const meanBehaviour = members.length === 0 ? 0 : members.reduce((sum, aspect) => sum + estimateTokens(`${aspect.behaviour} ${aspect.evidence.critique.quote}`) + 8, 0) / members.length;
  const meanCritique = members.length === 0 ? 0 : members.reduce((sum, aspect) => sum + estimateTokens(feedbackById.get(aspect.feedbackId)?.critique ?? '') + 8, 0) / members.length;
  const metricInput = overheadTokens.metric + meanBehaviour * (Math.min(shown.metricMembers, members.length) + shown.metricContrasts);
  const principleInput = overheadTokens.principle + meanCritique * Math.min(shown.principleCritiques, members.length);
  const inputTokens = Math.round(metricInput + principleInput);
  const outputTokens = replyTokens.metric + replyTokens.principle;
  return { clusterId: cluster.id, modelName: drafter.name, calls: 2, inputTokens, outputTokens, ...(drafter.price ? { costUsd: costOf(drafter.price, { inputTokens, outputTokens }) } : {}) };
}

/**
 * Drafts one cluster's metric and principle with the model through core's LLM drafting functions (for that
 * cluster only). A failed call keeps `offline`'s draft for that part and says why.
 */
export async function draftClusterWithModel(options: {
  artefacts: ReviewArtefacts;
  cluster: Cluster;
  drafter: ReviewModelDrafter;
  offline: { metrics: Metric[]; principles: Principle[] };
  abortSignal?: AbortSignal;
}): Promise<ModelRedraftResult> {
  const { artefacts, cluster, drafter, offline, abortSignal } = options;
  const before = drafter.meteredUsage?.();
  const common = { clusters: [cluster], aspects: artefacts.aspects, feedback: artefacts.feedback, model: drafter.model, concurrency: 1, ...(abortSignal ? { abortSignal } : {}) };
  const metricResult = await draftMetricsLlm(common);
  const metricFailed = metricResult.failures.length > 0 || metricResult.metrics.length === 0;
  const metrics = metricFailed ? offline.metrics : metricResult.metrics;
  const principleResult = await draftPrinciplesLlm({ ...common, metrics });
  const principleFailed = principleResult.failures.length > 0 || principleResult.principles.length === 0;
  const usage = addUsage(addUsage(emptyUsage(), metricResult.usage), principleResult.usage);
  const after = drafter.meteredUsage?.();
  return {
    metrics,
    principles: principleFailed ? offline.principles : principleResult.principles,
    usage: spent(usage, drafter.price, before, after),
    failures: [
      ...metricResult.failures.map((failure) => `metric: ${failure.message}`),
      ...principleResult.failures.map((failure) => `principle: ${failure.message}`),
    ],
  };
}

/** What the redraft cost: from the meter when there is one (cache hits free, batch discounts applied), else the calls' tokens at the price. */
function spent(usage: TokenUsage, price: ModelPrice | undefined, before: TokenUsage | undefined, after: TokenUsage | undefined): TokenUsage {
  if (before && after) {
    const costUsd = after.costUsd === undefined ? undefined : after.costUsd - (before.costUsd ?? 0);
    return { ...usage, cachedCalls: after.cachedCalls - before.cachedCalls, ...(costUsd === undefined ? {} : { costUsd }) };
  }
  return price && usage.costUsd === undefined ? { ...usage, costUsd: costOf(price, usage) } : usage;
}
