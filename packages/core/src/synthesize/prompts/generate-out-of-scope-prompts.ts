import type { LanguageModel } from 'ai';
import { z } from 'zod';
import { delimit } from '../../llm/delimit.ts';
import { generateStructured } from '../../llm/generate-structured.ts';
import { addUsage, emptyUsage, type TokenUsage } from '../../schemas/usage.ts';
import { contentId } from '../../util/content-id.ts';
import { mapConcurrent } from '../../util/map-concurrent.ts';
import type { PrincipleScope } from '../schemas/principle-scope.ts';
import type { SynthesisPrompt } from '../schemas/synthesis-prompt.ts';
import { toSynthesisFailure, type SynthesisFailure } from '../synthesis-failure.ts';
import { outOfScopeInstructions, synthesisPromptVersions } from '../synthesis-prompts.ts';

/** Broad everyday areas; each call gets a different slice, so calls do not repeat each other. */
export const generalTopics = [
  'cooking',
  'world history',
  'physics',
  'travel planning',
  'sports',
  'music',
  'gardening',
  'personal finance',
  'fitness',
  'programming',
  'literature',
  'geography',
  'home repair',
  'biology',
  'mathematics',
  'film',
  'pets',
  'astronomy',
  'language learning',
  'board games',
] as const;

export interface GenerateOutOfScopePromptsOptions {
  scope: PrincipleScope;
  model: LanguageModel;
  /** @default 64 */
  count?: number;
  /** @default 8 */
  perCall?: number;
  /** @default 0.7 */
  temperature?: number;
  /** @default 4 */
  concurrency?: number;
  abortSignal?: AbortSignal;
}

export interface GenerateOutOfScopePromptsResult {
  prompts: SynthesisPrompt[];
  usage: TokenUsage;
  failures: SynthesisFailure[];
  calls: number;
}

const outReplySchema = z.object({
  prompts: z.array(z.object({ topic: z.string().trim().min(1).max(80), prompt: z.string().trim().min(1).max(2000) })).min(1),
});

/** General prompts unrelated to the domain, ⌈count / perCall⌉ calls, each on its own slice of topics; category = topic. */
export async function generateOutOfScopePrompts(options: GenerateOutOfScopePromptsOptions): Promise<GenerateOutOfScopePromptsResult> {
  const { scope, model, count = 64, perCall = 8, temperature = 0.7, concurrency = 4 } = options;
  const calls = Math.ceil(count / perCall);
  const results = await mapConcurrent(
    Array.from({ length: calls }, (_, index) => index),
    concurrency,
    async (index) => {
      const wanted = Math.min(perCall, count - index * perCall);
      const topics = Array.from({ length: 3 }, (_, offset) => generalTopics[(index * 3 + offset) % generalTopics.length]!);
      const reply = await generateStructured({
        model,
        schema: outReplySchema,
        schemaName: 'out_of_scope_prompts',
        instructions: outOfScopeInstructions,
        prompt: `Domain to stay away from:\n${delimit('behaviour', scope.domain)}\n\nTopics: ${topics.join(', ')}.\n\nWrite ${wanted} prompts.`,
        promptVersion: synthesisPromptVersions.outOfScope,
        temperature,
        abortSignal: options.abortSignal,
      });
      return { reply, wanted };
    },
    { abortSignal: options.abortSignal },
  );
  let usage = emptyUsage();
  const failures: SynthesisFailure[] = [];
  const prompts: SynthesisPrompt[] = [];
  results.forEach(({ reply, wanted }, index) => {
    usage = addUsage(usage, reply.usage);
    if (!reply.success) {
      failures.push(toSynthesisFailure('prompts', 'generator', `${scope.principleId}/out/${index}`, reply));
      return;
    }
    for (const item of reply.value.prompts.slice(0, wanted)) {
      const category = item.topic.toLowerCase();
      prompts.push({ id: contentId('spr', scope.principleId, 'out', category, item.prompt), principleId: scope.principleId, scope: 'out', category, prompt: item.prompt, origin: { kind: 'generated', feedbackIds: [] } });
    }
  });
  return { prompts, usage, failures, calls };
}
