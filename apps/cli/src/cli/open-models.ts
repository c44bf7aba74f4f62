import type { EmbeddingModel, LanguageModel } from 'ai';
import type { RunRecord, StageName } from '@tenets/core';
import { createModelRuntime, loadConfigFile, resolveModelConfig, resolvePrice, type ModelPrice, type ModelSettings } from '@tenets/models';
import type { CliContext } from './context.ts';
import { modelFlags, type ModelFlagValues } from './flags.ts';

export interface OpenedModels {
  languageModel: LanguageModel | null;
  embeddingModel: EmbeddingModel | null;
  names: { language?: string; embedding?: string };
  /** The language model's price per million tokens, for estimates; undefined when unknown or offline. */
  languagePrice?: ModelPrice;
  /** Parallel calls a stage should start (all of them in batch mode). */
  concurrency: number | undefined;
  /** The model layer's usage (network vs cached calls, tokens, cost); undefined offline. */
  usage?: () => RunRecord['usage'];
  stageScope: <RESULT>(stage: StageName, work: () => Promise<RESULT>) => Promise<RESULT>;
  close(): Promise<void>;
}

/**
 * Resolves flags > environment > tenets.config into models, or the offline engine, and checks a configured
 * model with one cheap call before any work starts.
 */
export async function openModels(flags: ModelFlagValues, context: CliContext): Promise<OpenedModels> {
  const settings = modelSettingsFromFlags(flags);
  const configFile = await loadConfigFile(context.cwd);
  // context.env is process.env in the real CLI and a plain object in tests.
  const config = resolveModelConfig({ flags: settings, env: context.env, configFile, cwd: context.cwd });
  if (flags.offline) {
    config.language = null;
    config.embedding = null;
  }
  const runtime = createModelRuntime(config, {
    onEvent: (event) => {
      context.reporter.onEvent({ type: 'info', message: describeModelEvent(event) });
    },
  });
  const description = runtime.describe();
  context.reporter.onEvent({ type: 'info', message: `engine: ${description.note}` });
  // --resume skips the preflight so a fully cached re-run makes no network call at all.
  if ((runtime.languageModel || runtime.embeddingModel) && !flags.resume) await runtime.preflight({ abortSignal: context.abortSignal });
  const online = Boolean(runtime.languageModel || runtime.embeddingModel);
  const languagePrice = config.language ? resolvePrice(config.prices, config.language) : undefined;
  return {
    languageModel: runtime.languageModel,
    embeddingModel: runtime.embeddingModel,
    names: { ...(description.language ? { language: description.language } : {}), ...(description.embedding ? { embedding: description.embedding } : {}) },
    ...(languagePrice ? { languagePrice } : {}),
    concurrency: runtime.languageModel ? runtime.stageConcurrency : undefined,
    ...(online ? { usage: () => runtime.meter.usage() } : {}),
    stageScope: (stage, work) => runtime.withStage(stage, work),
    close: () => runtime.close(),
  };
}

function describeModelEvent(event: { type: string } & Record<string, unknown>): string {
  return `${event.type}: ${Object.entries(event)
    .filter(([key]) => key !== 'type')
    .map(([key, value]) => `${key}=${typeof value === 'object' ? JSON.stringify(value) : String(value)}`)
    .join(' ')}`;
}

/** The model settings among a command's flags (every model flag but --offline and --resume), unset ones left out. */
function modelSettingsFromFlags(flags: ModelFlagValues): ModelSettings {
  const settings: Record<string, unknown> = {};
  for (const key of Object.keys(modelFlags) as (keyof ModelFlagValues)[]) {
    if (key !== 'offline' && key !== 'resume' && flags[key] !== undefined) settings[key] = flags[key];
  }
  return settings as ModelSettings;
}
