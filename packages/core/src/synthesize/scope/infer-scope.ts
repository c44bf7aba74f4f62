import type { LanguageModel } from 'ai';
import { z } from 'zod';
import { delimit } from '../../llm/delimit.ts';
import { generateStructured } from '../../llm/generate-structured.ts';
import { emptyUsage, type TokenUsage } from '../../schemas/usage.ts';
import type { PrincipleScope, ScopeOverride } from '../schemas/principle-scope.ts';
import { toSynthesisFailure, type SynthesisFailure } from '../synthesis-failure.ts';
import { scopeInstructions, synthesisPromptVersions } from '../synthesis-prompts.ts';
import type { SynthesisSource } from '../synthesis-source.ts';
import { inferScopeOffline } from './infer-scope-offline.ts';

export interface InferScopeOptions {
  source: SynthesisSource;
  /** The generator. `null` → the offline reading (`inferScopeOffline`). */
  model: LanguageModel | null;
  /** Fields given here replace the inferred ones; with domain and effect both given no call is made. */
  override?: ScopeOverride;
  abortSignal?: AbortSignal;
}

export interface InferScopeResult {
  scope: PrincipleScope;
  usage: TokenUsage;
  /** Set when the model's reply was unusable; the scope then comes from the offline reading. */
  failure?: SynthesisFailure;
}

const scopeReplySchema = z.object({
  domain: z.string().trim().min(1),
  effect: z.string().trim().min(1),
  polarity: z.enum(['do', 'avoid']),
});

/** Infers where a principle applies (domain) and what it asks (effect), one generator call. */
export async function inferScope(options: InferScopeOptions): Promise<InferScopeResult> {
  const { source, model, override = {} } = options;
  if (!model || (override.domain !== undefined && override.effect !== undefined)) {
    return { scope: inferScopeOffline(source, override), usage: emptyUsage() };
  }
  const reply = await generateStructured({
    model,
    schema: scopeReplySchema,
    schemaName: 'principle_scope',
    instructions: scopeInstructions,
    prompt: `${delimit('critique', source.text)}\n\nSay where this principle applies and what it asks for.`,
    promptVersion: synthesisPromptVersions.scope,
    abortSignal: options.abortSignal,
  });
  if (!reply.success) {
    return { scope: inferScopeOffline(source, override), usage: reply.usage, failure: toSynthesisFailure('scope', 'generator', source.id, reply) };
  }
  const overridden = Object.values(override).some((value) => value !== undefined);
  return {
    scope: {
      principleId: source.id,
      principle: source.text,
      domain: override.domain ?? reply.value.domain,
      effect: override.effect ?? reply.value.effect,
      polarity: override.polarity ?? reply.value.polarity,
      source: overridden ? 'override' : 'model',
    },
    usage: reply.usage,
  };
}
