import type { CheckResult } from '../schemas/check-spec.ts';
import type { GeneratedResponse, SynthesisRecord, SynthesisRole, Verification } from '../schemas/synthesis-record.ts';
import type { SynthesisPrompt } from '../schemas/synthesis-prompt.ts';
import { splitByCategory } from './split-by-category.ts';

/** A prompt that passed every step, before its split is known. */
export interface PendingRecord {
  prompt: SynthesisPrompt;
  baseline?: GeneratedResponse;
  revised?: GeneratedResponse & { explanation?: string };
  verification: Verification;
  checks: { baseline?: CheckResult; revised?: CheckResult };
  needsGeneration?: boolean;
  message?: string;
}

export interface AssembleRecordsOptions {
  items: readonly PendingRecord[];
  /** Which model played which role; a role is listed on a record only when it touched it. */
  models: Partial<Record<SynthesisRole, string>>;
  seed: number;
  testFraction: number;
}

const scopeOrder = { in: 0, near: 1, out: 2 } as const;

/**
 * Records from verified items, sorted by principle, scope (in, near, out), category and id whatever order the
 * calls finished in, with a seeded train/test split stratified by principle × scope × category.
 */
export function assembleRecords(options: AssembleRecordsOptions): SynthesisRecord[] {
  const { items, models, seed, testFraction } = options;
  const test = splitByCategory({ items, groupOf: (item) => `${item.prompt.principleId}\u0000${item.prompt.scope}\u0000${item.prompt.category}`, idOf: (item) => item.prompt.id, seed, testFraction });
  return items
    .map((item): SynthesisRecord => {
      const roles: Partial<Record<SynthesisRole, string>> = {};
      if (item.prompt.origin.kind === 'generated' && models.generator) roles.generator = models.generator;
      if (item.baseline && models.policy && item.prompt.origin.kind === 'generated') roles.policy = models.policy;
      if (item.revised && models.reviser && item.prompt.origin.kind === 'generated') roles.reviser = models.reviser;
      if (item.verification.method === 'verifier' && models.verifier) roles.verifier = models.verifier;
      return {
        id: item.prompt.id.replace(/^spr_/, 'syn_'),
        principleId: item.prompt.principleId,
        scope: item.prompt.scope,
        category: item.prompt.category,
        prompt: item.prompt.prompt,
        ...(item.baseline ? { baseline: item.baseline } : {}),
        ...(item.revised ? { revised: item.revised } : {}),
        verification: item.verification,
        checks: item.checks,
        split: test.has(item.prompt.id) ? 'test' : 'train',
        models: roles,
        origin: item.prompt.origin,
        needsGeneration: item.needsGeneration ?? false,
        ...(item.message ? { message: item.message } : {}),
      };
    })
    .sort(
      (first, second) =>
        compare(first.principleId, second.principleId) || scopeOrder[first.scope] - scopeOrder[second.scope] || compare(first.category, second.category) || compare(first.id, second.id),
    );
}

function compare(first: string, second: string): number {
  return first < second ? -1 : first > second ? 1 : 0;
}
