import type { EmbeddingModel, LanguageModel } from 'ai';
import { TenetsInvalidInputError } from '../../errors/tenets-invalid-input-error.ts';
import { notify } from '../../events/notify.ts';
import type { PipelineEventListener } from '../../events/pipeline-event.ts';
import type { Aspect } from '../../schemas/aspect.ts';
import type { Metric } from '../../schemas/metric.ts';
import { addUsage, emptyUsage, type TokenUsage } from '../../schemas/usage.ts';
import { mapConcurrent } from '../../util/map-concurrent.ts';
import { itemIdOf } from '../../schemas/judge-item.ts';
import type { Match } from '../../schemas/match.ts';
import type { JudgeEngine, ScoredTrait, Trait, UnscoredReason } from '../../schemas/trait.ts';
import { shortIds } from '../../util/short-ids.ts';
import type { MatchDecider } from './match-decider.ts';
import { llmMatchDecider } from './match-decider-llm.ts';
import { offlineMatchDecider, type OfflineMatcherOptions } from './match-decider-offline.ts';
import type { MatchCandidate } from './match-prompt.ts';

export interface MatchAspectsOptions {
  /** The held-out aspects, grounded once before the split. Never re-grounded here. */
  aspects: readonly Aspect[];
  /** The feedback the aspects came from, to find each aspect's item (`targetId ?? id`). */
  feedback: ReadonlyArray<{ id: string; targetId?: string | undefined }>;
  /** The judge's ratings of the held-out items. */
  traits: readonly Trait[];
  metrics: readonly Metric[];
  /** Absent → the offline lexical matcher. */
  model?: LanguageModel | null;
  embeddingModel?: EmbeddingModel | null;
  /**
   * How many metrics one aspect may match. The paper allows at most one; Tenets stores and counts several
   * when this is raised. @default 1
   */
  maxMatchesPerAspect?: number;
  /**
   * When an aspect matches nothing of its own sign but the judge flagged metrics with the opposite sign, ask
   * whether it would match one of them and record a `signConflict` (still uncovered). Costs one call per such
   * aspect. @default true
   */
  checkSignConflicts?: boolean;
  /** @default 4 */
  concurrency?: number;
  /** @default 42 */
  seed?: number;
  offline?: OfflineMatcherOptions;
  abortSignal?: AbortSignal;
  onEvent?: PipelineEventListener;
}

export interface MatchAspectsResult {
  engine: JudgeEngine;
  /** Every decision: one record per matched metric, or one `metricId: null` record. Aspects in input order. */
  matches: Match[];
  usage: TokenUsage;
  failures: Array<{ aspectId: string; reason: UnscoredReason; message: string; rawText?: string }>;
}

/**
 * AutoLibra's meta-evaluation matching (autolibra.md §6): for each held-out aspect, the candidates are the
 * metrics the judge detected with the aspect's sign on the aspect's item. No candidates → no call, no match.
 * Otherwise one decision picks among them or "none". Every decision is returned for `matches.jsonl`.
 */
export async function matchAspects(options: MatchAspectsOptions): Promise<MatchAspectsResult> {
  const { aspects, traits, metrics, maxMatchesPerAspect = 1, checkSignConflicts = true, concurrency = 4, seed = 42, abortSignal, onEvent } = options;
  const model = options.model ?? undefined;
  const engine: JudgeEngine = model ? 'llm' : 'offline-lexical';
  const started = Date.now();
  await notify(onEvent, { type: 'stage-start', stage: 'match', total: aspects.length });

  const itemByFeedback = new Map(options.feedback.map((record) => [record.id, itemIdOf(record)]));
  const metricById = new Map(metrics.map((metric) => [metric.id, metric]));
  const { toShort } = shortIds(metrics.map((metric) => metric.id), 'm');
  const traitsByItem = new Map<string, Trait[]>();
  for (const trait of traits) traitsByItem.set(trait.itemId, [...(traitsByItem.get(trait.itemId) ?? []), trait]);

  let usage = emptyUsage();
  let decide: MatchDecider;
  if (model) {
    decide = llmMatchDecider({ model, maxMatches: maxMatchesPerAspect, abortSignal });
  } else {
    const offline = await offlineMatchDecider({ aspects, metrics, maxMatches: maxMatchesPerAspect, embeddingModel: options.embeddingModel ?? undefined, seed, options: options.offline, abortSignal });
    decide = offline.decide;
    usage = offline.usage;
  }

  // Failures and usage are recorded per aspect and folded in aspect order after the loop.
  const failuresByAspect = new Array<MatchAspectsResult['failures']>(aspects.length);
  const usageByAspect = new Array<TokenUsage>(aspects.length);
  const perAspect = await mapConcurrent(
    aspects,
    concurrency,
    async (aspect, index): Promise<Match[]> => {
      const failures: MatchAspectsResult['failures'] = (failuresByAspect[index] = []);
      let aspectUsage = (usageByAspect[index] = emptyUsage());
      const itemId = itemByFeedback.get(aspect.feedbackId);
      if (itemId === undefined) throw new TenetsInvalidInputError({ message: `Aspect ${aspect.id} comes from feedback ${aspect.feedbackId}, which is not in the feedback list.` });
      const base = { itemId, aspectId: aspect.id, sign: aspect.sign, engine };
      const itemTraits = traitsByItem.get(itemId) ?? [];
      const scored = itemTraits.filter((trait): trait is ScoredTrait => trait.status === 'scored' && metricById.has(trait.metricId));
      if (scored.length === 0) {
        const failed = itemTraits.find((trait) => trait.status === 'unscored');
        const reason: UnscoredReason = failed?.status === 'unscored' ? failed.reason : 'api_error';
        return [{ ...base, metricId: null, rationale: 'The judge could not score this item, so the aspect cannot be matched.', candidateMetricIds: [], status: 'unscored', reason }];
      }
      const wanted = aspect.sign === 'positive' ? 1 : -1;
      const toCandidate = (trait: ScoredTrait): MatchCandidate => ({ metric: metricById.get(trait.metricId)!, shortId: toShort.get(trait.metricId)!, rating: trait.rating, reasoning: trait.reasoning });
      const inSetOrder = (left: ScoredTrait, right: ScoredTrait) => metrics.indexOf(metricById.get(left.metricId)!) - metrics.indexOf(metricById.get(right.metricId)!);
      const same = scored.filter((trait) => trait.rating === wanted).sort(inSetOrder).map(toCandidate);
      const opposite = scored.filter((trait) => trait.rating === -wanted).sort(inSetOrder).map(toCandidate);
      const candidateMetricIds = same.map((candidate) => candidate.metric.id);

      let rationale = 'No metric was detected with this sign on this item, so no call was made.';
      if (same.length > 0) {
        const decision = await decide(aspect, same);
        aspectUsage = usageByAspect[index] = addUsage(aspectUsage, decision.usage);
        if (!decision.success) {
          failures.push({ aspectId: aspect.id, reason: decision.reason, message: decision.message, ...(decision.rawText === undefined ? {} : { rawText: decision.rawText }) });
          await notify(onEvent, { type: 'item-failed', stage: 'match', itemId: aspect.id, reason: decision.reason, message: decision.message });
          return [{ ...base, metricId: null, rationale: decision.message, candidateMetricIds, status: 'unscored', reason: decision.reason, ...(decision.rawText === undefined ? {} : { rawText: decision.rawText }) }];
        }
        if (decision.metricIds.length > 0) {
          return decision.metricIds.map((metricId) => ({ ...base, metricId, rationale: decision.rationale, candidateMetricIds, status: 'matched' as const }));
        }
        rationale = decision.rationale;
      }

      const unmatched: Match = { ...base, metricId: null, rationale, candidateMetricIds, status: 'unmatched' };
      if (!checkSignConflicts || opposite.length === 0) return [unmatched];
      const conflict = await decide(aspect, opposite);
      usageByAspect[index] = addUsage(aspectUsage, conflict.usage);
      if (!conflict.success || conflict.metricIds.length === 0) return [unmatched];
      return [{ ...unmatched, signConflict: true, conflictMetricId: conflict.metricIds[0]!, rationale: `${rationale} Sign conflict: ${conflict.rationale}` }];
    },
    { abortSignal },
  );

  const matches = perAspect.flat();
  const failures = failuresByAspect.flat();
  for (const aspectUsage of usageByAspect) usage = addUsage(usage, aspectUsage);
  await notify(onEvent, {
    type: 'stage-end',
    stage: 'match',
    durationMs: Date.now() - started,
    counts: {
      aspects: aspects.length,
      matched: new Set(matches.filter((match) => match.status === 'matched').map((match) => match.aspectId)).size,
      signConflicts: matches.filter((match) => match.signConflict).length,
      unscored: matches.filter((match) => match.status === 'unscored').length,
    },
    usage,
  });
  return { engine, matches, usage, failures };
}
