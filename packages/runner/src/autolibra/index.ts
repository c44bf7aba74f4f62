export { runMetricsCommand, offlineAutolibraNote, type RunMetricsCommandOptions, type RunMetricsCommandResult } from './run-metrics-command.ts';
export { runJudgeCommand, type RunJudgeCommandOptions, type RunJudgeCommandResult, type JudgeMetricSummary } from './run-judge-command.ts';
export { runExportCommand, type RunExportCommandOptions, type ExportFormat } from './run-export-command.ts';
export { autolibraArtefacts } from './autolibra-artefacts.ts';
export { readRunInputs, readRunMetrics } from './read-run-inputs.ts';
