import type { EmbeddingModel } from 'ai';
import type { Aspect } from '../../schemas/aspect.ts';
import type { Metric } from '../../schemas/metric.ts';
import type { TokenUsage } from '../../schemas/usage.ts';
import { embedTexts } from '../../embed/embed-texts.ts';
import { cosine } from '../../util/vectors.ts';
import type { MatchDecider } from './match-decider.ts';

export interface OfflineMatcherOptions {
  /** Least similarity between the aspect's behaviour and a metric's examples or definition. @default 0.3 */
  threshold?: number;
}

/**
 * The offline lexical matcher — a stand-in for the LLM one. A candidate's score is the best cosine similarity
 * between the aspect's behaviour and the metric's examples of the aspect's sign (all examples when checking a
 * sign conflict) or its definition; the best candidates at or above the threshold match.
 */
export async function offlineMatchDecider(options: {
  aspects: readonly Aspect[];
  metrics: readonly Metric[];
  maxMatches: number;
  embeddingModel?: EmbeddingModel;
  seed: number;
  options?: OfflineMatcherOptions;
  abortSignal?: AbortSignal;
}): Promise<{ decide: MatchDecider; usage: TokenUsage }> {
  const { aspects, metrics, maxMatches, embeddingModel, seed, abortSignal } = options;
  const { threshold = 0.3 } = options.options ?? {};
  const definitionText = (metric: Metric) => `${metric.name}. ${metric.definition}`;
  const texts = [
    ...aspects.map((aspect) => aspect.behaviour),
    ...metrics.flatMap((metric) => [definitionText(metric), ...[...metric.goodExamples, ...metric.badExamples].map((example) => example.behaviour)]),
  ];
  const { vectors, usage } = await embedTexts({ texts, embeddingModel, seed, abortSignal });
  const decide: MatchDecider = async (aspect, candidates) => {
    const aspectVector = vectors.get(aspect.behaviour)!;
    const scored = candidates.map((candidate) => {
      const sameSign = candidate.rating === (aspect.sign === 'positive' ? 1 : -1);
      const examples = sameSign ? (aspect.sign === 'positive' ? candidate.metric.goodExamples : candidate.metric.badExamples) : [...candidate.metric.goodExamples, ...candidate.metric.badExamples];
      let best = { score: cosine(aspectVector, vectors.get(definitionText(candidate.metric))!), reference: 'its definition' };
      for (const example of examples) {
        const score = cosine(aspectVector, vectors.get(example.behaviour)!);
        if (score > best.score) best = { score, reference: `the example "${example.behaviour}"` };
      }
      return { candidate, ...best };
    });
    scored.sort((left, right) => right.score - left.score || (left.candidate.shortId < right.candidate.shortId ? -1 : 1));
    const picked = scored.filter((entry) => entry.score >= threshold).slice(0, maxMatches);
    const top = scored[0];
    const rationale =
      picked.length > 0
        ? `Offline lexical matcher: ${picked.map((entry) => `${entry.candidate.shortId} (similarity ${entry.score.toFixed(2)} to ${entry.reference})`).join('; ')} ≥ ${threshold}.`
        : `Offline lexical matcher: no candidate reaches ${threshold}${top ? ` (best ${top.candidate.shortId}, ${top.score.toFixed(2)})` : ''}.`;
    return { success: true, metricIds: picked.map((entry) => entry.candidate.metric.id), rationale, usage: { calls: 0, inputTokens: 0, outputTokens: 0, totalTokens: 0, cachedCalls: 0, failedCalls: 0 } };
  };
  return { decide, usage };
}
