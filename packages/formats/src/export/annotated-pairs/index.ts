export * from './annotated-pairs-schema.ts';
export { annotatedPairsHash, annotatedPairsComparisonId, pythonJsonDumps, defaultAnnotatorDescription } from './annotated-pairs-ids.ts';
export { toAnnotatedPairs, type ToAnnotatedPairsOptions } from './to-annotated-pairs.ts';
