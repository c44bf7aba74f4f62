import { expect, it } from 'vitest';
import { planSynthesisCalls } from './plan-synthesis-calls.ts';

it('plans the calls per principle at the defaults (8 categories × 8 prompts per scope, 64 out-of-scope)', () => {
  const plan = planSynthesisCalls();
  expect(plan.prompts).toEqual({ in: 64, near: 64, out: 64 });
  expect(plan.perRole).toEqual({ generator: 27, policy: 192, reviser: 64, verifier: 144 });
  expect(plan.total).toBe(427);
  // The paper's frontier-model subtotal is 1 + 2C = 61 at C = 30; ours is the generator role.
  expect(planSynthesisCalls({ categories: 30, promptsPerCategory: 32, promptsPerCall: 32, outOfScopePrompts: 0 }, { withCheckCall: false }).perRole.generator - 1).toBe(61);
});
