import type { EmbeddingModel, LanguageModel } from 'ai';
import {
  notify,
  resolveSynthesisSizes,
  synthesizeOffline,
  synthesizePreferences,
  TenetsBudgetError,
  TenetsInvalidInputError,
  type PipelineEventListener,
  type ScopeOverride,
  type SynthesisModels,
  type SynthesisRole,
  type SynthesisSizesInput,
  type SynthesizePreferencesResult,
} from '@tenets/core';
import type { PriceTable } from '@tenets/models';
import { openRun, type ArtefactName } from '@tenets/store';
import { planSynthesisCost, type SynthesisCostPlan } from './plan-synthesis-cost.ts';
import { resolveSynthesisInput } from './resolve-synthesis-input.ts';

export interface RunSynthCommandOptions {
  /** A run directory, a principles file (.json / .jsonl), or one sentence of feedback. */
  input: string;
  /** Where the synthesis artefacts go. @default the input run directory (required for other inputs) */
  outDir?: string;
  /** The main model: every role not given in `roles`. `null` / absent with no roles → the offline engine. */
  model?: LanguageModel | null;
  /** Separate models per role (`--generator-model`, `--policy-model`, `--reviser-model`, `--verifier-model`). */
  roles?: Partial<SynthesisModels>;
  /** Names shown and recorded for the models (e.g. `openai:gpt-4.1-mini`), by role. @default provider/model of each */
  modelNames?: Partial<Record<SynthesisRole, string>>;
  embeddingModel?: EmbeddingModel | null;
  embeddingModelName?: string;
  sizes?: SynthesisSizesInput;
  /** Overrides every principle's inferred scope (`--domain`, `--effect`, `--polarity`). */
  scopeOverride?: ScopeOverride;
  /** @default 42 */
  seed?: number;
  /** @default 4 */
  concurrency?: number;
  /** Stop after the plan: no model call, nothing written. @default false */
  dryRun?: boolean;
  /** Refuse to start when the estimate is above this (the model layer also stops at it while running). */
  maxCostUsd?: number;
  prices?: PriceTable;
  /** Called with the plan before any model call, so the cost is shown first. */
  onPlan?: (plan: SynthesisCostPlan) => void | Promise<void>;
  onEvent?: PipelineEventListener;
  abortSignal?: AbortSignal;
}

export interface RunSynthCommandResult {
  engine: 'llm' | 'offline';
  engineNote: string;
  input: 'run' | 'file' | 'text';
  outDir: string | undefined;
  plan: SynthesisCostPlan;
  dryRun: boolean;
  principles: number;
  models: Partial<Record<SynthesisRole, string>>;
  result?: SynthesizePreferencesResult;
  counts: Record<string, number>;
  files: string[];
  warnings: string[];
}

const llmNote = 'Produced by the Tenets model-backed synthesis (C3PO): scope inference, generated in/near/out-of-scope prompts, policy baselines, reviser revisions, verification in both presentation orders.';

/**
 * `tenets synth <run-dir | "feedback" | principles-file> --out <dir>`: plans (calls per principle, estimated cost),
 * then synthesises scoped preference data and writes `synth`, `synth-prompts`, `synth-records`, `synth-dropped`
 * and `synth-failures` through the run store. Without a model, the offline engine builds what the log allows.
 */
export async function runSynthCommand(options: RunSynthCommandOptions): Promise<RunSynthCommandResult> {
  const { seed = 42, concurrency = 4, onEvent, abortSignal } = options;
  const input = await resolveSynthesisInput(options.input);
  for (const warning of input.warnings) await notify(onEvent, { type: 'warning', stage: 'synthesize', message: warning });
  const outDir = options.outDir ?? (input.kind === 'run' ? input.dir : undefined);
  if (!outDir && !options.dryRun) throw new TenetsInvalidInputError({ field: '--out', message: 'an output directory is needed for this input', hint: 'Add --out <dir>, e.g. --out runs/synth.' });

  const models = resolveRoles(options.model ?? null, options.roles ?? {});
  const names = models ? roleNames(models, options.modelNames ?? {}) : { generator: 'offline', policy: 'log', reviser: 'log', verifier: 'offline' };
  const sizes = resolveSynthesisSizes(options.sizes);
  const plan = planSynthesisCost({ principles: input.sources.length, sizes, modelIds: models ? names : {}, ...(options.prices ? { prices: options.prices } : {}) });
  if (!models) Object.assign(plan, { calls: 0, totalCostUsd: 0 });
  await options.onPlan?.(plan);
  const warnings = [...input.warnings];
  if (options.dryRun) return { engine: models ? 'llm' : 'offline', engineNote: models ? llmNote : 'offline engine (dry run)', input: input.kind, outDir, plan, dryRun: true, principles: input.sources.length, models: names, counts: {}, files: [], warnings };
  if (models && options.maxCostUsd !== undefined && plan.totalCostUsd > options.maxCostUsd) {
    throw new TenetsBudgetError({ spentUsd: plan.totalCostUsd, limitUsd: options.maxCostUsd, message: `Estimated cost $${plan.totalCostUsd.toFixed(4)} is above --max-cost $${options.maxCostUsd.toFixed(4)}; nothing was run.` });
  }

  const scopeOverrides = options.scopeOverride ? { '*': options.scopeOverride } : undefined;
  const result: SynthesizePreferencesResult & { engineNote?: string } = models
    ? await synthesizePreferences({ sources: input.sources, models, modelNames: names, embeddingModel: options.embeddingModel ?? null, sizes, ...(scopeOverrides ? { scopeOverrides } : {}), seed, concurrency, ...(onEvent ? { onEvent } : {}), ...(abortSignal ? { abortSignal } : {}) })
    : await synthesizeOffline({
        sources: input.sources,
        feedback: input.kind === 'run' ? input.feedback : [],
        aspects: input.kind === 'run' ? input.aspects : [],
        clusters: input.kind === 'run' ? input.clusters : [],
        ...(scopeOverrides ? { scopeOverrides } : {}),
        testFraction: sizes.testFraction,
        seed,
      });
  warnings.push(...result.warnings);
  for (const warning of result.warnings) await notify(onEvent, { type: 'warning', stage: 'synthesize', message: warning });
  const engineNote = result.engineNote ?? llmNote;

  const run = input.kind === 'run' && outDir === input.dir ? input.run : await openRun(outDir!, { create: true });
  const upstream: ArtefactName[] = input.kind === 'run' && outDir === input.dir ? ['constitution', 'clusters', 'aspects', 'feedback'].filter((name) => run.has(name as ArtefactName)) as ArtefactName[] : [];
  const recordedOptions = { input: input.kind === 'text' ? options.input : input.kind === 'file' ? input.file : input.dir, models: names, ...(options.embeddingModelName ? { embeddingModel: options.embeddingModelName } : {}), sizes, seed, ...(options.scopeOverride ? { scopeOverride: options.scopeOverride } : {}) };
  const lineage = (derivedFrom: ArtefactName[]) => ({ command: 'tenets synth', options: recordedOptions, derivedFrom });
  const written = [
    await run.write(
      'synth',
      {
        engine: result.engine,
        engineNote,
        models: names,
        ...(options.embeddingModelName ? { embeddingModel: options.embeddingModelName } : {}),
        seed,
        sizes,
        principles: input.sources.map((source) => ({ id: source.id, text: source.text, supportingFeedbackIds: [...source.supportingFeedbackIds], ...(source.clusterId ? { clusterId: source.clusterId } : {}) })),
        scopes: result.scopes,
        checks: result.checks,
        categories: result.categories,
        conflicts: result.conflicts,
        counts: result.counts,
        usage: { roles: result.usage.roles, total: result.usage.total },
        warnings: result.warnings,
      },
      lineage(upstream),
    ),
    await run.write('synth-prompts', result.prompts, lineage(['synth'])),
    await run.write('synth-records', result.records, lineage(['synth-prompts'])),
    await run.write('synth-dropped', result.dropped, lineage(['synth-prompts'])),
    await run.write('synth-failures', result.failures, lineage(['synth'])),
  ];
  return { engine: result.engine, engineNote, input: input.kind, outDir, plan, dryRun: false, principles: input.sources.length, models: names, result, counts: result.counts, files: written.map((file) => file.path), warnings };
}

function resolveRoles(model: LanguageModel | null, roles: Partial<SynthesisModels>): SynthesisModels | undefined {
  const pick = (role: SynthesisRole) => roles[role] ?? model ?? undefined;
  const [generator, policy, reviser, verifier] = (['generator', 'policy', 'reviser', 'verifier'] as const).map(pick);
  if (!generator && !policy && !reviser && !verifier) return undefined;
  const missing = (['generator', 'policy', 'reviser', 'verifier'] as const).filter((role) => !pick(role));
  if (missing.length > 0) throw new TenetsInvalidInputError({ field: `--${missing[0]}-model`, message: `no model for the ${missing.join(', ')} role(s)`, hint: 'Give --model (the default for every role) or a model for each role.' });
  return { generator: generator!, policy: policy!, reviser: reviser!, verifier: verifier! };
}

function roleNames(models: SynthesisModels, given: Partial<Record<SynthesisRole, string>>): Record<SynthesisRole, string> {
  const label = (model: LanguageModel) => (typeof model === 'string' ? model : `${model.provider}/${model.modelId}`);
  return {
    generator: given.generator ?? label(models.generator),
    policy: given.policy ?? label(models.policy),
    reviser: given.reviser ?? label(models.reviser),
    verifier: given.verifier ?? label(models.verifier),
  };
}
