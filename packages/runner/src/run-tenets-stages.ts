import { notify } from '@tenets/core';
import { classifyRunInputs, type ClassifiedRunInputs } from './classify-run-inputs.ts';
import { runConstitutionCommand, type RunConstitutionCommandResult } from './constitution/run-constitution-command.ts';
import { runTenets, type RunTenetsOptions, type RunTenetsResult } from './run-tenets.ts';
import { runSynthCommand, type RunSynthCommandOptions, type RunSynthCommandResult } from './synthesize/run-synth-command.ts';

export interface RunTenetsStagesOptions extends RunTenetsOptions {
  /** After the run, synthesise scoped preference data (C3PO) from the run directory (`--synth`). @default false */
  synth?: boolean;
  /** Synthesis options beyond the run's models and seed (role models and their names, sizes, budget). */
  synthOptions?: Omit<RunSynthCommandOptions, 'input' | 'outDir' | 'model' | 'embeddingModel' | 'seed' | 'onEvent' | 'abortSignal'>;
}

export interface RunTenetsStagesResult {
  outDir: string;
  /** Which inputs held feedback and which held preference pairs. */
  inputs: ClassifiedRunInputs;
  /** The pipeline over the feedback files; absent when every input holds pairs. */
  run?: RunTenetsResult;
  /** The constitution stage (ICAI) over the pair files; absent when no input holds pairs. */
  constitution?: RunConstitutionCommandResult;
  /** The synthesis stage (C3PO) over the run directory, with `synth`. */
  synth?: RunSynthCommandResult;
}

/**
 * `tenets run` with its optional stages: the inputs are sorted by content (`classifyRunInputs`); feedback goes
 * through the pipeline, pairs through the constitution stage into the same run directory (the pipeline's
 * per-cluster principles join its candidate pool when both are given), then, with `synth`, C3PO synthesis
 * writes its artefacts there too. Every stage gets the run's models, seed and concurrency.
 */
export async function runTenetsStages(options: RunTenetsStagesOptions): Promise<RunTenetsStagesResult> {
  const { synth = false, synthOptions, ...runOptions } = options;
  const { outDir, seed = 42, onEvent, abortSignal } = runOptions;
  const inputs = await classifyRunInputs(options.inputs, { format: options.format });
  const mixed = inputs.pairs.length > 0 && inputs.feedback.length > 0;
  if (inputs.pairs.length > 0) {
    const described = mixed ? `${inputs.feedback.length} feedback file(s) through the pipeline, then ${inputs.pairs.length} preference-pair file(s) through the constitution stage` : `${inputs.pairs.length} preference-pair file(s): the constitution stage (ICAI) instead of the feedback pipeline`;
    await notify(onEvent, { type: 'info', stage: 'constitution', message: `run: ${described}.` });
  }

  const scoped = <RESULT>(stage: string, work: () => Promise<RESULT>) => (options.stageScope ? options.stageScope(stage, work) : work());
  const run = inputs.feedback.length > 0 || inputs.pairs.length === 0 ? await runTenets({ ...runOptions, inputs: inputs.feedback }) : undefined;
  const constitution =
    inputs.pairs.length > 0
      ? await scoped('constitution', () => runConstitutionCommand({
          inputs: inputs.pairs,
          outDir,
          ...(run ? { draftedFrom: outDir } : {}),
          // The run's --map names feedback fields; it applies to pair files only when every input holds pairs.
          ...(!mixed && options.map ? { map: options.map } : {}),
          ...(options.format === 'csv' || options.format === 'json' || options.format === 'jsonl' ? { format: options.format } : {}),
          ...(options.strict !== undefined ? { strict: options.strict } : {}),
          model: options.model,
          embeddingModel: options.embeddingModel,
          clusterer: options.clusterer,
          seed,
          concurrency: options.concurrency,
          recordedOptions: { ...options.recordedOptions, from: 'tenets run' },
          abortSignal,
          onEvent,
        }))
      : undefined;
  const languageName = options.model ? options.modelNames?.language : undefined;
  const synthesis = synth
    ? await scoped('synthesize', () => runSynthCommand({
        ...(languageName ? { modelNames: { generator: languageName, policy: languageName, reviser: languageName, verifier: languageName } } : {}),
        ...synthOptions,
        input: outDir,
        model: options.model,
        embeddingModel: options.embeddingModel,
        ...(options.modelNames?.embedding && options.embeddingModel ? { embeddingModelName: options.modelNames.embedding } : {}),
        seed,
        ...(options.concurrency ? { concurrency: options.concurrency } : {}),
        ...(onEvent ? { onEvent } : {}),
        ...(abortSignal ? { abortSignal } : {}),
      }))
    : undefined;
  return { outDir, inputs, ...(run ? { run } : {}), ...(constitution ? { constitution } : {}), ...(synthesis ? { synth: synthesis } : {}) };
}
