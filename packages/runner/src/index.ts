export { runTenets, type RunTenetsOptions, type RunTenetsResult } from './run-tenets.ts';
export { tenetsVersion } from './tenets-version.ts';
export * from './autolibra/index.ts';
