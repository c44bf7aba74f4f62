import type { LanguageModel } from 'ai';
import { z } from 'zod';
import { generateStructured } from '../../llm/generate-structured.ts';
import type { TokenUsage } from '../../schemas/usage.ts';
import type { PrincipleScope } from '../schemas/principle-scope.ts';
import type { SynthesisCategory } from '../schemas/synthesis-prompt.ts';
import { renderScope } from '../scope/render-scope.ts';
import { toSynthesisFailure, type SynthesisFailure } from '../synthesis-failure.ts';
import { categoriesInstructions, synthesisPromptVersions } from '../synthesis-prompts.ts';

export interface GenerateCategoriesOptions {
  scope: PrincipleScope;
  model: LanguageModel;
  /** @default 8 */
  count?: number;
  /** @default 0.7 */
  temperature?: number;
  abortSignal?: AbortSignal;
}

export interface GenerateCategoriesResult {
  categories: SynthesisCategory[];
  usage: TokenUsage;
  failure?: SynthesisFailure;
  warnings: string[];
}

const categoriesReplySchema = z.object({
  categories: z.array(z.object({ name: z.string().trim().min(1).max(120), description: z.string().trim() })).min(1),
});

/** One generator call: `count` categories a little broader than the domain. Duplicate names are dropped. */
export async function generateCategories(options: GenerateCategoriesOptions): Promise<GenerateCategoriesResult> {
  const { scope, model, count = 8, temperature = 0.7 } = options;
  const reply = await generateStructured({
    model,
    schema: categoriesReplySchema,
    schemaName: 'categories',
    instructions: categoriesInstructions,
    prompt: `${renderScope(scope, { principle: false })}\n\nList ${count} categories.`,
    promptVersion: synthesisPromptVersions.categories,
    temperature,
    abortSignal: options.abortSignal,
  });
  if (!reply.success) return { categories: [], usage: reply.usage, failure: toSynthesisFailure('categories', 'generator', scope.principleId, reply), warnings: [] };
  const seen = new Set<string>();
  const categories: SynthesisCategory[] = [];
  for (const category of reply.value.categories) {
    const key = category.name.toLowerCase();
    if (seen.has(key) || categories.length >= count) continue;
    seen.add(key);
    categories.push({ principleId: scope.principleId, name: category.name, description: category.description });
  }
  const warnings = categories.length < count ? [`Principle ${scope.principleId}: ${categories.length} distinct categories of ${count} asked for.`] : [];
  return { categories, usage: reply.usage, warnings };
}
