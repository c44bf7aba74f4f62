import type { LanguageModel } from 'ai';
import { z } from 'zod';
import { generateStructured } from '../../llm/generate-structured.ts';
import { emptyUsage, type TokenUsage } from '../../schemas/usage.ts';
import { checkSpecSchema, type DerivedCheck } from '../schemas/check-spec.ts';
import type { PrincipleScope } from '../schemas/principle-scope.ts';
import { renderScope } from '../scope/render-scope.ts';
import { toSynthesisFailure, type SynthesisFailure } from '../synthesis-failure.ts';
import { checkInstructions, synthesisPromptVersions } from '../synthesis-prompts.ts';
import { deriveCheckOffline } from './derive-check-offline.ts';
import { describeCheck } from './evaluate-check.ts';

export interface DeriveCheckOptions {
  scope: PrincipleScope;
  /** The generator, asked only when the offline rules find no check. `null` → offline rules only. */
  model: LanguageModel | null;
  abortSignal?: AbortSignal;
}

export interface DeriveCheckResult {
  /** `undefined` when the effect needs judgement. */
  check: DerivedCheck | undefined;
  usage: TokenUsage;
  failure?: SynthesisFailure;
}

const checkReplySchema = z.object({
  checkable: z.boolean(),
  check: checkSpecSchema.nullable(),
  reason: z.string(),
});

/**
 * A declarative check for a checkable effect: the offline rules first (no call), then one generator call.
 * The spec is data interpreted by `evaluateCheck`; a reply with an invalid spec is a counted failure.
 */
export async function deriveCheck(options: DeriveCheckOptions): Promise<DeriveCheckResult> {
  const { scope, model } = options;
  const offline = deriveCheckOffline(scope.effect);
  if (offline) return { check: { principleId: scope.principleId, spec: offline, description: describeCheck(offline), source: 'offline' }, usage: emptyUsage() };
  if (!model) return { check: undefined, usage: emptyUsage() };
  const reply = await generateStructured({
    model,
    schema: checkReplySchema,
    schemaName: 'derived_check',
    instructions: checkInstructions,
    prompt: `${renderScope(scope)}\n\nCan the effect be checked by a rule on the response text alone?`,
    promptVersion: synthesisPromptVersions.check,
    abortSignal: options.abortSignal,
  });
  if (!reply.success) return { check: undefined, usage: reply.usage, failure: toSynthesisFailure('check', 'generator', scope.principleId, reply) };
  const spec = reply.value.checkable ? reply.value.check : null;
  if (!spec) return { check: undefined, usage: reply.usage };
  return { check: { principleId: scope.principleId, spec, description: describeCheck(spec), source: 'model' }, usage: reply.usage };
}
