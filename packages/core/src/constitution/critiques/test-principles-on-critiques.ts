import type { EmbeddingModel, LanguageModel } from 'ai';
import type { PipelineEventListener } from '../../events/pipeline-event.ts';
import { judgeItems } from '../../metrics/judge/judge-items.ts';
import type { Aspect } from '../../schemas/aspect.ts';
import type { Cluster } from '../../schemas/cluster.ts';
import type { Feedback } from '../../schemas/feedback.ts';
import type { Metric } from '../../schemas/metric.ts';
import type { Principle, TestedPrinciple } from '../../schemas/principle.ts';
import type { TokenUsage } from '../../schemas/usage.ts';
import { contentId } from '../../util/content-id.ts';
import { seededRandom } from '../../util/seeded-random.ts';
import { round6 } from '../reconstruct/agreement-statistics.ts';
import { emptyVoteCounts } from '../vote/vote-value.ts';

export interface TestPrinciplesOnCritiquesOptions {
  /** Principles drafted from clusters (`tenets run`), with their cluster and metric. */
  principles: readonly Principle[];
  feedback: readonly Feedback[];
  aspects: readonly Aspect[];
  clusters: readonly Cluster[];
  metrics: readonly Metric[];
  /** The judge. Absent → the offline lexical judge, told not to read the critique (that would be circular). */
  model?: LanguageModel | null;
  embeddingModel?: EmbeddingModel | null;
  /** Share of critiqued responses held out for the test. @default 0.3 */
  heldOutFraction?: number;
  seed: number;
  concurrency?: number;
  abortSignal?: AbortSignal;
  onEvent?: PipelineEventListener;
}

/**
 * Tests principles when a run has critiques but no pairs: the judge rates held-out critiqued responses
 * against each principle (as AutoLibra rates a metric: +1 follows, −1 violates, 0 not applicable), and the
 * ratings are compared with the critiques' signs — complaints caught, praise agreed, false fires where
 * nobody complained. Responses without context cannot be judged and are left out.
 */
export async function testPrinciplesOnCritiques(options: TestPrinciplesOnCritiquesOptions): Promise<{ principles: TestedPrinciple[]; heldOutFeedbackIds: string[]; usage: TokenUsage; engine: 'llm' | 'offline-lexical' }> {
  const { principles, feedback, aspects, clusters, metrics, seed, heldOutFraction = 0.3 } = options;
  const judgeable = feedback.filter((record) => record.context?.response || record.context?.messages || record.context?.trajectory).sort((left, right) => (left.id < right.id ? -1 : 1));
  const random = seededRandom(seed);
  const shuffled = [...judgeable];
  for (let index = shuffled.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [shuffled[index], shuffled[other]] = [shuffled[other]!, shuffled[index]!];
  }
  const heldOut = shuffled.slice(0, Math.max(1, Math.round(shuffled.length * heldOutFraction))).sort((left, right) => (left.id < right.id ? -1 : 1));
  const aspectsById = new Map(aspects.map((aspect) => [aspect.id, aspect]));
  const clusterById = new Map(clusters.map((cluster) => [cluster.id, cluster]));
  const metricById = new Map(metrics.map((metric) => [metric.id, metric]));
  // The judge rates against the principle itself; the cluster's metric lends its examples and applicability.
  const judgeMetrics: Metric[] = principles.map((principle) => {
    const linked = principle.metricId ? metricById.get(principle.metricId) : undefined;
    return {
      id: principle.id,
      name: principle.text.slice(0, 80),
      definition: principle.text,
      ...(linked?.applicability ? { applicability: linked.applicability } : {}),
      goodExamples: linked?.goodExamples ?? [],
      badExamples: linked?.badExamples ?? [],
      supportingAspectIds: linked?.supportingAspectIds ?? [],
      clusterIds: principle.clusterId ? [principle.clusterId] : [],
      prevalence: linked?.prevalence ?? 0,
      signBalance: linked?.signBalance ?? { positive: principle.support.positive, negative: principle.support.negative },
      engine: principle.engine,
      version: 1,
    };
  });
  const judged = heldOut.length === 0 || judgeMetrics.length === 0
    ? { traits: [], usage: undefined, engine: options.model ? ('llm' as const) : ('offline-lexical' as const) }
    : await judgeItems({
        items: heldOut.map((record) => ({ id: record.id, critique: record.critique, ...(record.context ? { context: record.context } : {}) })),
        metrics: judgeMetrics,
        model: options.model,
        embeddingModel: options.embeddingModel,
        offline: { useCritique: false },
        seed,
        ...(options.concurrency ? { concurrency: options.concurrency } : {}),
        abortSignal: options.abortSignal,
        onEvent: options.onEvent,
      });
  const rating = new Map(judged.traits.map((trait) => [`${trait.metricId}\u0000${trait.itemId}`, trait]));
  const tested = principles.map((principle): TestedPrinciple => {
    const members = (principle.clusterId ? clusterById.get(principle.clusterId)?.aspectIds ?? [] : []).map((id) => aspectsById.get(id)).filter((aspect) => aspect !== undefined);
    const negative = new Set(members.filter((aspect) => aspect.sign === 'negative').map((aspect) => aspect.feedbackId));
    const positive = new Set(members.filter((aspect) => aspect.sign === 'positive').map((aspect) => aspect.feedbackId));
    const counts = { items: heldOut.length, complaints: 0, caught: 0, praised: 0, praiseAgreed: 0, others: 0, falseFires: 0, unscored: 0 };
    for (const record of heldOut) {
      const trait = rating.get(`${principle.id}\u0000${record.id}`);
      if (!trait || trait.status !== 'scored') {
        counts.unscored++;
        continue;
      }
      if (negative.has(record.id)) {
        counts.complaints++;
        if (trait.rating === -1) counts.caught++;
      } else if (positive.has(record.id)) {
        counts.praised++;
        if (trait.rating === 1) counts.praiseAgreed++;
      } else {
        counts.others++;
        if (trait.rating === -1) counts.falseFires++;
      }
    }
    const signed = counts.complaints + counts.praised;
    return {
      id: contentId('principle', principle.text),
      text: principle.text,
      engine: principle.engine,
      origin: 'critiques',
      sourcePairIds: [],
      sourceFeedbackIds: [...principle.supportingFeedbackIds].sort(),
      ...(principle.clusterId !== undefined ? { clusterId: principle.clusterId } : {}),
      members: [principle.text],
      prevalence: Math.max(1, principle.support.feedback),
      votes: emptyVoteCounts(),
      selection: { pairs: 0, relevance: 0, accuracy: 0.5, strength: 0 },
      heldOutVotes: null,
      heldOut: null,
      tested: heldOut.length > 0 ? 'critiques' : 'untested',
      critiqueTest: {
        ...counts,
        agreement: signed === 0 ? null : round6((counts.caught + counts.praiseAgreed) / signed),
        falseFireRate: counts.others === 0 ? null : round6(counts.falseFires / counts.others),
      },
    };
  });
  const usage = judged.usage ?? { calls: 0, inputTokens: 0, outputTokens: 0, totalTokens: 0, cachedCalls: 0, failedCalls: 0 };
  return { principles: tested, heldOutFeedbackIds: heldOut.map((record) => record.id), usage, engine: judged.engine };
}
