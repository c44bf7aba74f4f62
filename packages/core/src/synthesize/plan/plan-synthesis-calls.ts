import type { SynthesisRole } from '../schemas/synthesis-record.ts';
import { resolveSynthesisSizes, type SynthesisSizesInput } from '../schemas/synthesis-sizes.ts';

export interface PlannedCalls {
  /** Calls per role for one principle (before dropped prompts and repair attempts). */
  perRole: Record<SynthesisRole, number>;
  total: number;
  prompts: { in: number; near: number; out: number };
  /** Rough tokens per role, for a cost estimate: ~4 characters per token, typical reply lengths. */
  tokens: Record<SynthesisRole, { input: number; output: number }>;
}

/**
 * Calls one principle needs at these sizes, at most: scope 1 + check ≤ 1 + categories 1 + in/near
 * 2·C·⌈P/perCall⌉ + out ⌈O/perCall⌉ (generator); baselines C·P·2 + O (policy); revisions C·P (reviser);
 * pairs 2 orders × C·P + anchors ⌈(C·P + O)/anchorsPerCall⌉ (verifier). Near-duplicates dropped and
 * pairs failing their check make the real count smaller; repair attempts (one per unusable reply) larger.
 */
export function planSynthesisCalls(input: SynthesisSizesInput = {}, options: { withCheckCall?: boolean } = {}): PlannedCalls {
  const sizes = resolveSynthesisSizes(input);
  const inScope = sizes.categories * sizes.promptsPerCategory;
  const nearScope = inScope;
  const outOfScope = sizes.outOfScopePrompts;
  const callsPerCategory = Math.ceil(sizes.promptsPerCategory / sizes.promptsPerCall);
  const outCalls = Math.ceil(outOfScope / sizes.promptsPerCall);
  const perRole: Record<SynthesisRole, number> = {
    generator: 1 + (options.withCheckCall === false ? 0 : 1) + 1 + 2 * sizes.categories * callsPerCategory + outCalls,
    policy: inScope + nearScope + outOfScope,
    reviser: inScope,
    verifier: 2 * inScope + Math.ceil((nearScope + outOfScope) / sizes.anchorsPerCall),
  };
  const tokens: PlannedCalls['tokens'] = {
    generator: { input: perRole.generator * 500, output: (inScope + nearScope + outOfScope) * 40 + sizes.categories * 40 + 200 },
    policy: { input: (inScope + nearScope + outOfScope) * 60, output: (inScope + nearScope + outOfScope) * 300 },
    reviser: { input: inScope * 700, output: inScope * 400 },
    verifier: { input: 2 * inScope * 1100 + (nearScope + outOfScope) * 450, output: 2 * inScope * 80 + (nearScope + outOfScope) * 30 },
  };
  const total = Object.values(perRole).reduce((sum, calls) => sum + calls, 0);
  return { perRole, total, prompts: { in: inScope, near: nearScope, out: outOfScope }, tokens };
}
