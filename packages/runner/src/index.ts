export { runTenets, type RunTenetsOptions, type RunTenetsResult } from './run-tenets.ts';
export { tenetsVersion } from './tenets-version.ts';
export * from './autolibra/index.ts';
export * from './constitution/index.ts';
export * from './synthesize/index.ts';
export { runTenetsStages, type RunTenetsStagesOptions, type RunTenetsStagesResult } from './run-tenets-stages.ts';
export { classifyRunInputs, type ClassifiedRunInputs } from './classify-run-inputs.ts';
