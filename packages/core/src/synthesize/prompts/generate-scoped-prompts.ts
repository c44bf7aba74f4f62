import type { LanguageModel } from 'ai';
import { z } from 'zod';
import { delimit } from '../../llm/delimit.ts';
import { generateStructured } from '../../llm/generate-structured.ts';
import { addUsage, emptyUsage, type TokenUsage } from '../../schemas/usage.ts';
import { contentId } from '../../util/content-id.ts';
import type { PrincipleScope } from '../schemas/principle-scope.ts';
import type { SynthesisCategory, SynthesisPrompt } from '../schemas/synthesis-prompt.ts';
import { renderScope } from '../scope/render-scope.ts';
import { toSynthesisFailure, type SynthesisFailure } from '../synthesis-failure.ts';
import { inScopeInstructions, nearScopeInstructions, synthesisPromptVersions } from '../synthesis-prompts.ts';

export interface GenerateScopedPromptsOptions {
  scope: PrincipleScope;
  category: SynthesisCategory;
  kind: 'in' | 'near';
  model: LanguageModel;
  /** @default 8 */
  count?: number;
  /** Prompts asked for per call. @default 8 */
  perCall?: number;
  /** @default 0.7 */
  temperature?: number;
  abortSignal?: AbortSignal;
}

export interface GenerateScopedPromptsResult {
  prompts: SynthesisPrompt[];
  usage: TokenUsage;
  failures: SynthesisFailure[];
  /** Calls made, including the one top-up call when a reply came back short. */
  calls: number;
}

const promptsReplySchema = z.object({ prompts: z.array(z.string().trim().min(1).max(2000)).min(1) });

/**
 * In-scope or near-scope prompts for one category: ⌈count / perCall⌉ generator calls, then at most one top-up
 * call for what is still missing (a short reply never shifts prompts into another category).
 */
export async function generateScopedPrompts(options: GenerateScopedPromptsOptions): Promise<GenerateScopedPromptsResult> {
  const { scope, category, kind, model, count = 8, perCall = 8, temperature = 0.7 } = options;
  const plannedCalls = Math.ceil(count / perCall);
  const texts: string[] = [];
  const failures: SynthesisFailure[] = [];
  let usage = emptyUsage();
  let calls = 0;
  while (texts.length < count && calls < plannedCalls + 1) {
    if (calls >= plannedCalls && failures.length > 0) break;
    const wanted = Math.min(perCall, count - texts.length);
    const reply = await generateStructured({
      model,
      schema: promptsReplySchema,
      schemaName: `${kind}_scope_prompts`,
      instructions: kind === 'in' ? inScopeInstructions : nearScopeInstructions,
      prompt: [
        renderScope(scope),
        `Category: ${delimit('behaviour', `${category.name}: ${category.description}`)}`,
        texts.length > 0 ? `Already written (do not repeat):\n${texts.map((text) => delimit('prompt', text)).join('\n')}` : '',
        `Write ${wanted} ${kind === 'in' ? 'prompts inside the domain' : 'prompts near the domain but outside it'}.`,
      ]
        .filter(Boolean)
        .join('\n\n'),
      promptVersion: kind === 'in' ? synthesisPromptVersions.inScope : synthesisPromptVersions.nearScope,
      temperature,
      abortSignal: options.abortSignal,
    });
    calls++;
    usage = addUsage(usage, reply.usage);
    if (!reply.success) {
      failures.push(toSynthesisFailure('prompts', 'generator', `${scope.principleId}/${kind}/${category.name}`, reply));
      continue;
    }
    texts.push(...reply.value.prompts.slice(0, wanted));
  }
  const prompts = texts.map((prompt) => ({
    id: contentId('spr', scope.principleId, kind, category.name, prompt),
    principleId: scope.principleId,
    scope: kind,
    category: category.name,
    prompt,
    origin: { kind: 'generated' as const, feedbackIds: [] },
  }));
  return { prompts, usage, failures, calls };
}
