import type { LanguageModel } from 'ai';
import { z } from 'zod';
import { delimit } from '../../llm/delimit.ts';
import { generateStructured } from '../../llm/generate-structured.ts';
import { addUsage, emptyUsage, type TokenUsage } from '../../schemas/usage.ts';
import { mapConcurrent } from '../../util/map-concurrent.ts';
import type { PrincipleScope } from '../schemas/principle-scope.ts';
import { renderScope } from '../scope/render-scope.ts';
import { toSynthesisFailure, type SynthesisFailure } from '../synthesis-failure.ts';
import { synthesisPromptVersions, verifyAnchorsInstructions } from '../synthesis-prompts.ts';

export interface AnchorCandidate {
  id: string;
  prompt: string;
  baseline: string;
}

export interface VerifyAnchorsOptions {
  scope: PrincipleScope;
  anchors: readonly AnchorCandidate[];
  model: LanguageModel;
  /** @default 8 */
  perCall?: number;
  /** @default 4 */
  concurrency?: number;
  abortSignal?: AbortSignal;
}

/** Per anchor id: `true` = the principle leaves it alone, `false` = it would change it, `null` = unscored. */
export interface VerifyAnchorsResult {
  leftAlone: Map<string, { leftAlone: boolean | null; reason: string }>;
  usage: TokenUsage;
  failures: SynthesisFailure[];
  calls: number;
}

const anchorsReplySchema = z.object({ items: z.array(z.object({ id: z.string(), applies: z.boolean(), reason: z.string() })) });

/**
 * Checks near- and out-of-scope baselines are ones the principle leaves alone, `perCall` per verifier call.
 * Items the reply omits are unscored (dropped later), never assumed fine.
 */
export async function verifyAnchors(options: VerifyAnchorsOptions): Promise<VerifyAnchorsResult> {
  const { scope, anchors, model, perCall = 8, concurrency = 4 } = options;
  const batches: AnchorCandidate[][] = [];
  for (let start = 0; start < anchors.length; start += perCall) batches.push(anchors.slice(start, start + perCall));
  const replies = await mapConcurrent(
    batches,
    concurrency,
    (batch) =>
      generateStructured({
        model,
        schema: anchorsReplySchema,
        schemaName: 'anchor_verdicts',
        instructions: verifyAnchorsInstructions,
        prompt: `${renderScope(scope)}\n\n${batch
          .map((anchor, index) => `Item a${index + 1}\nUser prompt:\n${delimit('prompt', anchor.prompt)}\nResponse:\n${delimit('response', anchor.baseline)}`)
          .join('\n\n')}\n\nAnswer for items a1 to a${batch.length}.`,
        promptVersion: synthesisPromptVersions.verifyAnchors,
        abortSignal: options.abortSignal,
      }),
    { abortSignal: options.abortSignal },
  );
  let usage = emptyUsage();
  const failures: SynthesisFailure[] = [];
  const leftAlone = new Map<string, { leftAlone: boolean | null; reason: string }>();
  replies.forEach((reply, batchIndex) => {
    usage = addUsage(usage, reply.usage);
    const batch = batches[batchIndex]!;
    if (!reply.success) failures.push(toSynthesisFailure('verify-anchors', 'verifier', `${scope.principleId}/anchors/${batchIndex}`, reply));
    const byLocalId = new Map(reply.success ? reply.value.items.map((item) => [item.id.trim().toLowerCase(), item]) : []);
    batch.forEach((anchor, index) => {
      const item = byLocalId.get(`a${index + 1}`);
      leftAlone.set(anchor.id, item ? { leftAlone: !item.applies, reason: item.reason } : { leftAlone: null, reason: reply.success ? 'missing from the reply' : 'verifier reply unusable' });
    });
  });
  return { leftAlone, usage, failures, calls: batches.length };
}
