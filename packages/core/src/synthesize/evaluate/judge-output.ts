import type { LanguageModel } from 'ai';
import { z } from 'zod';
import { delimit } from '../../llm/delimit.ts';
import { generateStructured } from '../../llm/generate-structured.ts';
import { addUsage, emptyUsage, type TokenUsage } from '../../schemas/usage.ts';
import type { PrincipleScope } from '../schemas/principle-scope.ts';
import { renderScope } from '../scope/render-scope.ts';
import { toSynthesisFailure, type SynthesisFailure } from '../synthesis-failure.ts';
import { judgeOutputInstructions, synthesisPromptVersions } from '../synthesis-prompts.ts';

const judgeReplySchema = z.object({ explanation: z.string(), rating: z.number().int().min(1).max(5) });

/**
 * How much more `output` follows the effect than `baseline`, in [−1, 1]: the judge rates 1–5 in both
 * presentation orders, g = (s − 3) / 2 with the swapped order negated, averaged. `null` when either reading is unusable.
 */
export async function judgeOutput(options: { scope: PrincipleScope; recordId: string; prompt: string; baseline: string; output: string; model: LanguageModel; abortSignal?: AbortSignal }): Promise<{ score: number | null; usage: TokenUsage; failures: SynthesisFailure[] }> {
  const { scope, model } = options;
  let usage = emptyUsage();
  const failures: SynthesisFailure[] = [];
  const readings: number[] = [];
  for (const outputSecond of [true, false]) {
    const [first, second] = outputSecond ? [options.baseline, options.output] : [options.output, options.baseline];
    const reply = await generateStructured({
      model,
      schema: judgeReplySchema,
      schemaName: 'output_rating',
      instructions: judgeOutputInstructions,
      prompt: `${renderScope(scope)}\n\nUser prompt:\n${delimit('prompt', options.prompt)}\n\nResponse A:\n${delimit('response', first)}\n\nResponse B:\n${delimit('response', second)}`,
      promptVersion: synthesisPromptVersions.judgeOutput,
      abortSignal: options.abortSignal,
    });
    usage = addUsage(usage, reply.usage);
    if (!reply.success) {
      failures.push(toSynthesisFailure('judge-output', 'verifier', `${options.recordId}/${outputSecond ? 'output-second' : 'output-first'}`, reply));
      continue;
    }
    const g = (reply.value.rating - 3) / 2;
    readings.push(outputSecond ? g : -g);
  }
  return { score: readings.length === 2 ? (readings[0]! + readings[1]!) / 2 : null, usage, failures };
}
