export { runTenets, type RunTenetsOptions, type RunTenetsResult } from './run-tenets.ts';
export { tenetsVersion } from './tenets-version.ts';
export * from './autolibra/index.ts';
export * from './constitution/index.ts';
export * from './synthesize/index.ts';
