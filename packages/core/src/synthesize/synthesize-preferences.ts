import type { EmbeddingModel, LanguageModel } from 'ai';
import { notify } from '../events/notify.ts';
import type { PipelineEventListener } from '../events/pipeline-event.ts';
import { addUsage, emptyUsage, type TokenUsage } from '../schemas/usage.ts';
import { deriveCheck } from './check/derive-check.ts';
import { detectConflicts } from './conflicts/detect-conflicts.ts';
import { modelId } from './model-id.ts';
import { assembleRecords, type PendingRecord } from './records/assemble-records.ts';
import type { DerivedCheck } from './schemas/check-spec.ts';
import type { PrincipleScope, ScopeOverride } from './schemas/principle-scope.ts';
import type { ScopeConflict } from './schemas/scope-conflict.ts';
import type { DroppedItem, SynthesisRecord, SynthesisRole } from './schemas/synthesis-record.ts';
import type { SynthesisCategory, SynthesisPrompt } from './schemas/synthesis-prompt.ts';
import { resolveSynthesisSizes, type SynthesisSizesInput } from './schemas/synthesis-sizes.ts';
import { inferScope } from './scope/infer-scope.ts';
import { synthesizeForScope } from './synthesize-for-scope.ts';
import type { SynthesisFailure } from './synthesis-failure.ts';
import type { SynthesisSource } from './synthesis-source.ts';

/** The four model roles. Pass the same model for several roles if you must; a separate verifier is better. */
export interface SynthesisModels {
  /** Writes scopes, checks, categories and prompts. */
  generator: LanguageModel;
  /** The model to be trained: answers every prompt (baseline y⁻). */
  policy: LanguageModel;
  /** Rewrites in-scope baselines to follow the principle (y⁺). */
  reviser: LanguageModel;
  /** Confirms pairs in both presentation orders and that anchors are left alone. */
  verifier: LanguageModel;
}

export interface SynthesizePreferencesOptions {
  sources: readonly SynthesisSource[];
  models: SynthesisModels;
  /** For near-duplicate removal and conflict detection; `null` → exact duplicates and word overlap only. */
  embeddingModel: EmbeddingModel | null;
  sizes?: SynthesisSizesInput;
  /** Names recorded for the role models (e.g. the spec `openai:gpt-4.1-mini`). @default provider/model of each */
  modelNames?: Partial<Record<SynthesisRole, string>>;
  /** Scope overrides by principle id; `'*'` applies to every principle. */
  scopeOverrides?: Readonly<Record<string, ScopeOverride>>;
  /** @default 42 */
  seed?: number;
  /** Calls in flight per step. @default 4 */
  concurrency?: number;
  onEvent?: PipelineEventListener;
  abortSignal?: AbortSignal;
}

export interface SynthesizePreferencesResult {
  engine: 'llm' | 'offline';
  scopes: PrincipleScope[];
  checks: DerivedCheck[];
  categories: SynthesisCategory[];
  /** Every prompt kept after de-duplication, in principle → scope → category order. */
  prompts: SynthesisPrompt[];
  /** Verified records only, sorted by principle, scope (in, near, out), category, id. */
  records: SynthesisRecord[];
  dropped: DroppedItem[];
  conflicts: ScopeConflict[];
  failures: SynthesisFailure[];
  usage: { roles: Record<SynthesisRole, TokenUsage>; embedding: TokenUsage; total: TokenUsage };
  models: Record<SynthesisRole, string>;
  counts: Record<string, number>;
  warnings: string[];
}

/**
 * Scoped preference data (C3PO) for each principle: scope → check → categories → in/near/out prompts →
 * de-duplication → baselines → in-scope revisions → verification (pairs in both orders, anchors left alone)
 * → records with a seeded train/test split by category; then conflicts between the principles. Nothing
 * unverified becomes a record; every dropped item is counted with its reason.
 */
export async function synthesizePreferences(options: SynthesizePreferencesOptions): Promise<SynthesizePreferencesResult> {
  const { models, embeddingModel, seed = 42, concurrency = 4, onEvent, abortSignal } = options;
  const sizes = resolveSynthesisSizes(options.sizes);
  const sources = [...options.sources].sort((first, second) => (first.id < second.id ? -1 : first.id > second.id ? 1 : 0));
  const roles: Record<SynthesisRole, TokenUsage> = { generator: emptyUsage(), policy: emptyUsage(), reviser: emptyUsage(), verifier: emptyUsage() };
  let embedding = emptyUsage();
  const book = (role: SynthesisRole, usage: TokenUsage) => (roles[role] = addUsage(roles[role], usage));
  const scopes: PrincipleScope[] = [];
  const checks: DerivedCheck[] = [];
  const categories: SynthesisCategory[] = [];
  const prompts: SynthesisPrompt[] = [];
  const pending: PendingRecord[] = [];
  const dropped: DroppedItem[] = [];
  const failures: SynthesisFailure[] = [];
  const warnings: string[] = [];
  const fail = async (failure: SynthesisFailure) => {
    failures.push(failure);
    await notify(onEvent, { type: 'item-failed', stage: 'synthesize', itemId: failure.itemId, reason: failure.reason, message: `${failure.step}: ${failure.message}` });
  };

  const names = options.modelNames ?? {};
  const roleIds: Record<SynthesisRole, string> = {
    generator: names.generator ?? modelId(models.generator),
    policy: names.policy ?? modelId(models.policy),
    reviser: names.reviser ?? modelId(models.reviser),
    verifier: names.verifier ?? modelId(models.verifier),
  };  await notify(onEvent, { type: 'stage-start', stage: 'synthesize', total: sources.length });
  const started = Date.now();
  for (const [index, source] of sources.entries()) {
    const override = { ...options.scopeOverrides?.['*'], ...options.scopeOverrides?.[source.id] };
    const inferred = await inferScope({ source, model: models.generator, override, abortSignal });
    book('generator', inferred.usage);
    if (inferred.failure) await fail(inferred.failure);
    const scope = inferred.scope;
    scopes.push(scope);
    await notify(onEvent, { type: 'info', stage: 'synthesize', message: `${source.id}: domain "${scope.domain}", effect "${scope.effect}" (${scope.polarity}, ${scope.source})` });
    const derived = await deriveCheck({ scope, model: models.generator, abortSignal });
    book('generator', derived.usage);
    if (derived.failure) await fail(derived.failure);
    if (derived.check) checks.push(derived.check);

    const outcome = await synthesizeForScope({ scope, check: derived.check, models, modelNames: roleIds, embeddingModel, sizes, concurrency, abortSignal });
    for (const [role, usage] of Object.entries(outcome.usage) as Array<[SynthesisRole, TokenUsage]>) book(role, usage);
    embedding = addUsage(embedding, outcome.embeddingUsage);
    for (const failure of outcome.failures) await fail(failure);
    categories.push(...outcome.categories);
    prompts.push(...outcome.prompts);
    pending.push(...outcome.items);
    dropped.push(...outcome.dropped);
    warnings.push(...outcome.warnings);
    await notify(onEvent, { type: 'stage-progress', stage: 'synthesize', completed: index + 1, total: sources.length });
  }

  const conflictResult = await detectConflicts({ scopes, checks, embeddingModel, model: models.generator, abortSignal });
  book('generator', conflictResult.usage);
  for (const failure of conflictResult.failures) await fail(failure);


  const records = assembleRecords({ items: pending, models: roleIds, seed, testFraction: sizes.testFraction });
  const total = Object.values(roles).reduce(addUsage, embedding);
  const counts = countOutcome(prompts, records, dropped, conflictResult.conflicts.length, failures.length);
  await notify(onEvent, { type: 'stage-end', stage: 'synthesize', durationMs: Date.now() - started, counts, usage: total });
  return {
    engine: 'llm',
    scopes,
    checks,
    categories,
    prompts,
    records,
    dropped,
    conflicts: conflictResult.conflicts,
    failures,
    usage: { roles, embedding, total },
    models: roleIds,
    counts,
    warnings,
  };
}

export function countOutcome(prompts: readonly SynthesisPrompt[], records: readonly SynthesisRecord[], dropped: readonly DroppedItem[], conflicts: number, failures: number): Record<string, number> {
  const counts: Record<string, number> = {
    prompts: prompts.length,
    records: records.length,
    pairs: records.filter((record) => record.scope === 'in' && record.revised && record.baseline).length,
    anchors: records.filter((record) => record.scope !== 'in' && record.baseline).length,
    needsGeneration: records.filter((record) => record.needsGeneration).length,
    test: records.filter((record) => record.split === 'test').length,
    dropped: dropped.length,
    conflicts,
    failures,
  };
  for (const scope of ['in', 'near', 'out'] as const) counts[`records.${scope}`] = records.filter((record) => record.scope === scope).length;
  for (const item of dropped) counts[`dropped.${item.reason}`] = (counts[`dropped.${item.reason}`] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([first], [second]) => (first < second ? -1 : 1)));
}
