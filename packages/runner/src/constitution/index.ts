export { runConstitutionCommand, describePlan, type RunConstitutionCommandOptions, type RunConstitutionCommandResult, type ConstitutionSegmentResult } from './run-constitution-command.ts';
export { readPreferenceInputs, type PreferenceInputs } from './read-preference-inputs.ts';
export { estimateConstitutionCost, type ConstitutionCostEstimate } from './estimate-constitution-cost.ts';
export { segmentPairs, segmentOf } from './segment-pairs.ts';
export { exportAnnotatedPairs, type ExportAnnotatedPairsOptions } from './export-annotated-pairs.ts';
