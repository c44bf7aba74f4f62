import type { EmbeddingModel } from 'ai';
import { addUsage, emptyUsage, type TokenUsage } from '../schemas/usage.ts';
import { mapConcurrent } from '../util/map-concurrent.ts';
import { evaluateCheck } from './check/evaluate-check.ts';
import { generateCategories } from './prompts/generate-categories.ts';
import { generateOutOfScopePrompts } from './prompts/generate-out-of-scope-prompts.ts';
import { generateScopedPrompts } from './prompts/generate-scoped-prompts.ts';
import { removeNearDuplicates } from './prompts/remove-near-duplicates.ts';
import type { PendingRecord } from './records/assemble-records.ts';
import { generateBaseline } from './responses/generate-baseline.ts';
import { reviseResponse } from './responses/revise-response.ts';
import type { DerivedCheck } from './schemas/check-spec.ts';
import type { PrincipleScope } from './schemas/principle-scope.ts';
import type { DropReason, DroppedItem, GeneratedResponse, SynthesisRole } from './schemas/synthesis-record.ts';
import type { SynthesisCategory, SynthesisPrompt } from './schemas/synthesis-prompt.ts';
import type { SynthesisSizes } from './schemas/synthesis-sizes.ts';
import type { SynthesisFailure } from './synthesis-failure.ts';
import type { SynthesisModels } from './synthesize-preferences.ts';
import { verifyAnchors } from './verify/verify-anchors.ts';
import { verifyPair } from './verify/verify-pair.ts';

export interface SynthesizeForScopeOptions {
  scope: PrincipleScope;
  check: DerivedCheck | undefined;
  models: SynthesisModels;
  /** Names recorded on responses, by role. */
  modelNames: Record<SynthesisRole, string>;
  embeddingModel: EmbeddingModel | null;
  sizes: SynthesisSizes & { outOfScopePrompts: number };
  concurrency: number;
  abortSignal?: AbortSignal;
}

export interface SynthesizeForScopeResult {
  categories: SynthesisCategory[];
  prompts: SynthesisPrompt[];
  items: PendingRecord[];
  dropped: DroppedItem[];
  failures: SynthesisFailure[];
  usage: Record<SynthesisRole, TokenUsage>;
  embeddingUsage: TokenUsage;
  warnings: string[];
}

/** Everything after scope and check for one principle: prompts, responses and verification. */
export async function synthesizeForScope(options: SynthesizeForScopeOptions): Promise<SynthesizeForScopeResult> {
  const { scope, check, models, sizes, concurrency, abortSignal } = options;
  const usage: Record<SynthesisRole, TokenUsage> = { generator: emptyUsage(), policy: emptyUsage(), reviser: emptyUsage(), verifier: emptyUsage() };
  const book = (role: SynthesisRole, part: TokenUsage) => (usage[role] = addUsage(usage[role], part));
  const failures: SynthesisFailure[] = [];
  const dropped: DroppedItem[] = [];
  const drop = (prompt: SynthesisPrompt, reason: DropReason, detail?: string) =>
    dropped.push({ principleId: prompt.principleId, scope: prompt.scope, category: prompt.category, prompt: prompt.prompt, reason, ...(detail ? { detail } : {}) });

  const categoryResult = await generateCategories({ scope, model: models.generator, count: sizes.categories, abortSignal });
  book('generator', categoryResult.usage);
  if (categoryResult.failure) failures.push(categoryResult.failure);
  const categories = categoryResult.categories;
  const warnings = [...categoryResult.warnings];

  const tasks = (['in', 'near'] as const).flatMap((kind) => categories.map((category) => ({ kind, category })));
  const scoped = await mapConcurrent(
    tasks,
    concurrency,
    (task) => generateScopedPrompts({ scope, category: task.category, kind: task.kind, model: models.generator, count: sizes.promptsPerCategory, perCall: sizes.promptsPerCall, abortSignal }),
    { abortSignal },
  );
  const out =
    sizes.outOfScopePrompts > 0
      ? await generateOutOfScopePrompts({ scope, model: models.generator, count: sizes.outOfScopePrompts, perCall: sizes.promptsPerCall, concurrency, abortSignal })
      : undefined;
  const generated: SynthesisPrompt[] = [];
  for (const result of [...scoped, ...(out ? [out] : [])]) {
    book('generator', result.usage);
    failures.push(...result.failures);
    generated.push(...result.prompts);
  }
  for (const kind of ['in', 'near', 'out'] as const) {
    const wanted = kind === 'out' ? sizes.outOfScopePrompts : categories.length * sizes.promptsPerCategory;
    const got = generated.filter((prompt) => prompt.scope === kind).length;
    if (got < wanted) warnings.push(`Principle ${scope.principleId}: ${got} ${kind}-scope prompts generated of ${wanted} asked for.`);
  }

  const deduplicated = await removeNearDuplicates({ prompts: generated, embeddingModel: options.embeddingModel, threshold: sizes.duplicateSimilarity, abortSignal });
  dropped.push(...deduplicated.dropped);
  const prompts = deduplicated.kept;

  const baselines = await mapConcurrent(prompts, concurrency, (prompt) => generateBaseline({ promptId: prompt.id, prompt: prompt.prompt, model: models.policy, modelName: options.modelNames.policy, abortSignal }), { abortSignal });
  const answered: Array<{ prompt: SynthesisPrompt; baseline: GeneratedResponse }> = [];
  baselines.forEach((result, index) => {
    book('policy', result.usage);
    const prompt = prompts[index]!;
    if ('failure' in result) {
      failures.push(result.failure);
      return drop(prompt, 'baseline-failed', result.failure.message);
    }
    if (result.response.finishReason === 'length') return drop(prompt, 'baseline-truncated');
    if (result.response.text.trim().length === 0) return drop(prompt, 'baseline-failed', 'empty reply');
    answered.push({ prompt, baseline: result.response });
  });

  const inScope = answered.filter((item) => item.prompt.scope === 'in');
  const revisions = await mapConcurrent(
    inScope,
    concurrency,
    (item) => reviseResponse({ scope, promptId: item.prompt.id, prompt: item.prompt.prompt, baseline: item.baseline.text, model: models.reviser, modelName: options.modelNames.reviser, abortSignal }),
    { abortSignal },
  );
  const revisedPairs: Array<{ prompt: SynthesisPrompt; baseline: GeneratedResponse; revised: GeneratedResponse & { explanation: string } }> = [];
  revisions.forEach((result, index) => {
    book('reviser', result.usage);
    const item = inScope[index]!;
    if ('failure' in result) {
      failures.push(result.failure);
      return drop(item.prompt, result.failure.reason === 'truncated' ? 'revision-truncated' : 'revision-failed', result.failure.message);
    }
    if (fold(result.revised.text) === fold(item.baseline.text)) return drop(item.prompt, 'revision-unchanged');
    revisedPairs.push({ ...item, revised: result.revised });
  });

  const verdicts = await mapConcurrent(
    revisedPairs,
    concurrency,
    (pair) => verifyPair({ scope, pairId: pair.prompt.id, prompt: pair.prompt.prompt, baseline: pair.baseline.text, revised: pair.revised.text, ...(check ? { check } : {}), model: models.verifier, abortSignal }),
    { abortSignal },
  );
  const items: PendingRecord[] = [];
  verdicts.forEach((verdict, index) => {
    book('verifier', verdict.usage);
    failures.push(...verdict.failures);
    const pair = revisedPairs[index]!;
    if (!verdict.passed) return drop(pair.prompt, verdict.reason!, verdict.orders.map((order) => order.reasoning).filter(Boolean).join(' | ') || undefined);
    items.push({ prompt: pair.prompt, baseline: pair.baseline, revised: pair.revised, verification: { method: 'verifier', orders: verdict.orders, passed: true }, checks: verdict.checks });
  });

  const anchors = answered.filter((item) => item.prompt.scope !== 'in');
  const anchorResult = await verifyAnchors({ scope, anchors: anchors.map((item) => ({ id: item.prompt.id, prompt: item.prompt.prompt, baseline: item.baseline.text })), model: models.verifier, perCall: sizes.anchorsPerCall, concurrency, abortSignal });
  book('verifier', anchorResult.usage);
  failures.push(...anchorResult.failures);
  for (const item of anchors) {
    const verdict = anchorResult.leftAlone.get(item.prompt.id)!;
    if (verdict.leftAlone === null) {
      drop(item.prompt, 'anchor-unscored', verdict.reason);
      continue;
    }
    if (!verdict.leftAlone) {
      drop(item.prompt, 'anchor-affected', verdict.reason);
      continue;
    }
    items.push({
      prompt: item.prompt,
      baseline: item.baseline,
      verification: { method: 'verifier', orders: [], leftAlone: true, passed: true },
      checks: check ? { baseline: evaluateCheck(check.spec, item.baseline.text) } : {},
    });
  }
  return { categories, prompts, items, dropped, failures, usage, embeddingUsage: deduplicated.usage, warnings };
}

function fold(text: string): string {
  return text.replaceAll(/\s+/g, ' ').trim();
}
