import type { LanguageModel } from 'ai';
import { z } from 'zod';
import { delimit } from '../../llm/delimit.ts';
import { generateStructured } from '../../llm/generate-structured.ts';
import { addUsage, emptyUsage, type TokenUsage } from '../../schemas/usage.ts';
import { mapConcurrent } from '../../util/map-concurrent.ts';
import { evaluateCheck } from '../check/evaluate-check.ts';
import type { CheckResult, DerivedCheck } from '../schemas/check-spec.ts';
import type { PrincipleScope } from '../schemas/principle-scope.ts';
import type { DropReason, OrderVerdict } from '../schemas/synthesis-record.ts';
import { renderScope } from '../scope/render-scope.ts';
import { toSynthesisFailure, type SynthesisFailure } from '../synthesis-failure.ts';
import { synthesisPromptVersions, verifyPairInstructions } from '../synthesis-prompts.ts';

export interface VerifyPairOptions {
  scope: PrincipleScope;
  pairId: string;
  prompt: string;
  baseline: string;
  revised: string;
  /** The derived check, when the effect has one: it must agree with the verifier. */
  check?: DerivedCheck;
  /** The verifier model (ideally not the reviser). */
  model: LanguageModel;
  abortSignal?: AbortSignal;
}

export interface VerifyPairResult {
  passed: boolean;
  /** Why the pair was dropped; `undefined` when it passed. */
  reason?: DropReason;
  orders: OrderVerdict[];
  checks: { baseline?: CheckResult; revised?: CheckResult };
  usage: TokenUsage;
  failures: SynthesisFailure[];
}

const verdictReplySchema = z.object({ reasoning: z.string(), aFollows: z.boolean(), bFollows: z.boolean() });

/**
 * Verifies an in-scope pair before it may be emitted: the derived check first (free; a disagreeing check
 * drops the pair without a model call), then the verifier in BOTH presentation orders. The pair passes only
 * when every reading says the revision follows the principle and the baseline does not.
 */
export async function verifyPair(options: VerifyPairOptions): Promise<VerifyPairResult> {
  const { scope, check, model } = options;
  const checks = check ? { baseline: evaluateCheck(check.spec, options.baseline), revised: evaluateCheck(check.spec, options.revised) } : {};
  if (checks.revised && !checks.revised.passed) return { passed: false, reason: 'check-revised-fails', orders: [], checks, usage: emptyUsage(), failures: [] };
  if (checks.baseline?.passed) return { passed: false, reason: 'check-baseline-passes', orders: [], checks, usage: emptyUsage(), failures: [] };

  const orders = ['revised-first', 'baseline-first'] as const;
  const readings = await mapConcurrent(orders, 2, async (order) => {
    const [first, second] = order === 'revised-first' ? [options.revised, options.baseline] : [options.baseline, options.revised];
    const reply = await generateStructured({
      model,
      schema: verdictReplySchema,
      schemaName: 'pair_verdict',
      instructions: verifyPairInstructions,
      prompt: `${renderScope(scope)}\n\nUser prompt:\n${delimit('prompt', options.prompt)}\n\nResponse A:\n${delimit('response', first)}\n\nResponse B:\n${delimit('response', second)}`,
      promptVersion: synthesisPromptVersions.verifyPair,
      abortSignal: options.abortSignal,
    });
    return { order, reply };
  });

  let usage = emptyUsage();
  const failures: SynthesisFailure[] = [];
  const verdicts: OrderVerdict[] = readings.map(({ order, reply }) => {
    usage = addUsage(usage, reply.usage);
    if (!reply.success) {
      failures.push(toSynthesisFailure('verify-pair', 'verifier', `${options.pairId}/${order}`, reply));
      return { order, revisedFollows: null, baselineFollows: null, reasoning: '' };
    }
    const revisedFollows = order === 'revised-first' ? reply.value.aFollows : reply.value.bFollows;
    const baselineFollows = order === 'revised-first' ? reply.value.bFollows : reply.value.aFollows;
    return { order, revisedFollows, baselineFollows, reasoning: reply.value.reasoning };
  });
  const reason: DropReason | undefined = verdicts.some((verdict) => verdict.revisedFollows === null)
    ? 'verifier-unscored'
    : verdicts.some((verdict) => verdict.revisedFollows === false)
      ? 'revised-does-not-follow'
      : verdicts.some((verdict) => verdict.baselineFollows === true)
        ? 'baseline-already-follows'
        : undefined;
  return { passed: reason === undefined, ...(reason ? { reason } : {}), orders: verdicts, checks, usage, failures };
}
