export { runSynthCommand, type RunSynthCommandOptions, type RunSynthCommandResult } from './run-synth-command.ts';
export { runSynthEvalCommand, type RunSynthEvalCommandOptions } from './run-synth-eval-command.ts';
export { runSynthExportCommand, type RunSynthExportCommandOptions } from './run-synth-export-command.ts';
export { planSynthesisCost, type SynthesisCostPlan } from './plan-synthesis-cost.ts';
export { resolveSynthesisInput, type SynthesisInput } from './resolve-synthesis-input.ts';
