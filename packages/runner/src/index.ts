export { runTenets, type RunTenetsOptions, type RunTenetsResult } from './run-tenets.ts';
export { runArtefacts } from './run-artefacts.ts';
export { tenetsVersion } from './tenets-version.ts';
export * from './autolibra/index.ts';
