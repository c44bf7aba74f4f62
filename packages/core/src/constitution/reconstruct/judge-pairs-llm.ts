import type { LanguageModel } from 'ai';
import { generateStructured } from '../../llm/generate-structured.ts';
import type { Preference } from '../../schemas/preference.ts';
import { addUsage, emptyUsage, type TokenUsage } from '../../schemas/usage.ts';
import { mapConcurrent } from '../../util/map-concurrent.ts';
import { constitutionJudgeInstructions, CONSTITUTION_PROMPT_VERSIONS, JUDGE_INSTRUCTIONS, renderPair } from '../llm/constitution-prompts.ts';
import { judgeReplySchema } from '../llm/constitution-schemas.ts';
import type { Prediction } from '../select/predict-pair.ts';
import { flipCoin } from '../vote/flip-coin.ts';

export interface JudgePairsLlmOptions {
  pairs: ReadonlyArray<Preference & { preferred: 'a' | 'b' }>;
  model: LanguageModel;
  /** The constitution's principle texts; absent → the plain judge ("without constitution"). */
  principles?: readonly string[];
  seed: number;
  /** @default 4 */
  concurrency?: number;
  abortSignal?: AbortSignal;
}

/**
 * One judge call per pair, shown in seeded random order and un-flipped: the annotator predicted with the
 * constitution, or without it. "cannot tell" and a failed call are `undecided` (half credit); failures counted.
 */
export async function judgePairsLlm(options: JudgePairsLlmOptions): Promise<{ predictions: Prediction[]; failedCalls: number; usage: TokenUsage }> {
  const { pairs, model, principles, seed, concurrency = 4, abortSignal } = options;
  const instructions = principles ? constitutionJudgeInstructions(principles) : JUDGE_INSTRUCTIONS;
  const replies = await mapConcurrent(
    pairs,
    concurrency,
    async (pair) => {
      // A different coin from voting's, so the judge does not see the same order the votes were cast in.
      const flipped = flipCoin(seed + 1, pair.id);
      const reply = await generateStructured({
        model,
        schema: judgeReplySchema,
        schemaName: 'judgement',
        instructions,
        prompt: renderPair(pair.prompt, flipped ? pair.textB : pair.textA, flipped ? pair.textA : pair.textB),
        promptVersion: CONSTITUTION_PROMPT_VERSIONS.judge,
        abortSignal,
      });
      return { reply, flipped };
    },
    { abortSignal },
  );
  let usage = emptyUsage();
  let failedCalls = 0;
  const predictions = replies.map(({ reply, flipped }): Prediction => {
    usage = addUsage(usage, reply.usage);
    if (!reply.success) {
      failedCalls++;
      return 'undecided';
    }
    if (reply.value.preferred === 'cannot tell') return 'undecided';
    const shown = reply.value.preferred === 'A' ? 'a' : 'b';
    return flipped ? (shown === 'a' ? 'b' : 'a') : shown;
  });
  return { predictions, failedCalls, usage };
}
