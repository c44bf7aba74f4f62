import { planSynthesisCalls, type SynthesisRole, type SynthesisSizesInput } from '@tenets/core';
import { costOf, defaultPrices, findPrice, type PriceTable } from '@tenets/models';

export interface SynthesisCostPlan {
  principles: number;
  /** Calls per principle, by role, at most (before dropped prompts; plus one repair per unusable reply). */
  callsPerPrinciple: Record<SynthesisRole, number>;
  callsPerPrincipleTotal: number;
  calls: number;
  prompts: { in: number; near: number; out: number };
  /** Estimated dollars by role; `null` when the model's price is unknown (local models cost nothing here). */
  costUsd: Record<SynthesisRole, number | null>;
  totalCostUsd: number;
  unpricedRoles: SynthesisRole[];
}

/** Planned calls and estimated cost of `tenets synth`, shown before anything runs. */
export function planSynthesisCost(options: { principles: number; sizes?: SynthesisSizesInput; modelIds: Partial<Record<SynthesisRole, string>>; prices?: PriceTable; withCheckCall?: boolean }): SynthesisCostPlan {
  const { principles, modelIds, prices = defaultPrices } = options;
  const plan = planSynthesisCalls(options.sizes, { withCheckCall: options.withCheckCall ?? true });
  const roles = ['generator', 'policy', 'reviser', 'verifier'] as const;
  const costUsd = {} as Record<SynthesisRole, number | null>;
  for (const role of roles) {
    const id = modelIds[role];
    const bare = id?.slice(Math.max(id.lastIndexOf('/'), id.indexOf(':')) + 1);
    const price = bare ? findPrice(prices, bare) : undefined;
    costUsd[role] = price ? costOf(price, { inputTokens: plan.tokens[role].input * principles, outputTokens: plan.tokens[role].output * principles }) : null;
  }
  return {
    principles,
    callsPerPrinciple: plan.perRole,
    callsPerPrincipleTotal: plan.total,
    calls: plan.total * principles,
    prompts: plan.prompts,
    costUsd,
    totalCostUsd: roles.reduce((sum, role) => sum + (costUsd[role] ?? 0), 0),
    unpricedRoles: roles.filter((role) => costUsd[role] === null && modelIds[role] !== undefined),
  };
}
