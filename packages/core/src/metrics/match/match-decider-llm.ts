import type { LanguageModel } from 'ai';
import { z } from 'zod';
import { generateStructured } from '../../llm/generate-structured.ts';
import { toUnscoredReason } from '../judge/judge-items-llm.ts';
import type { MatchDecider } from './match-decider.ts';
import { buildMatchPrompt, matchInstructions, matchPromptVersion } from './match-prompt.ts';

/**
 * One structured call per aspect: the aspect and the candidate metrics (id, name, definition, the judge's
 * rating and reasoning) are in the prompt text; the reply is constrained to the candidates' short ids or "none".
 */
export function llmMatchDecider(options: { model: LanguageModel; maxMatches: number; abortSignal?: AbortSignal }): MatchDecider {
  const { model, maxMatches, abortSignal } = options;
  const instructions = matchInstructions(maxMatches);
  return async (aspect, candidates) => {
    const ids: [string, ...string[]] = ['none', ...candidates.map((candidate) => candidate.shortId)];
    const metricIdByShort = new Map(candidates.map((candidate) => [candidate.shortId, candidate.metric.id]));
    // One pick: a single enum; several: an array of the same enum. "none" is always allowed.
    const schema = maxMatches === 1 ? z.object({ rationale: z.string(), metricId: z.enum(ids) }) : z.object({ rationale: z.string(), metricIds: z.array(z.enum(ids)).min(1).max(maxMatches) });
    const result = await generateStructured({
      model,
      schema,
      schemaName: 'aspect_match',
      instructions,
      prompt: buildMatchPrompt(aspect, candidates),
      abortSignal,
      promptVersion: `autolibra-match-v${matchPromptVersion}`,
    });
    if (!result.success) {
      return { success: false, reason: toUnscoredReason(result.reason), message: result.message, ...(result.rawText === undefined ? {} : { rawText: result.rawText }), usage: result.usage };
    }
    const value = result.value as { rationale: string; metricId?: string; metricIds?: string[] };
    const picks = value.metricIds ?? [value.metricId!];
    const metricIds = [...new Set(picks.filter((pick) => pick !== 'none').map((pick) => metricIdByShort.get(pick)!))];
    return { success: true, metricIds, rationale: value.rationale, usage: result.usage };
  };
}
