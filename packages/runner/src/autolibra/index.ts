export { runMetricsCommand, offlineAutolibraNote, type RunMetricsCommandOptions, type RunMetricsCommandResult } from './run-metrics-command.ts';
export { runJudgeCommand, type RunJudgeCommandOptions, type RunJudgeCommandResult } from './run-judge-command.ts';
export { runExportCommand, type RunExportCommandOptions, type RunExportCommandResult, type ExportFormat } from './run-export-command.ts';
export { readRunInputs } from './read-run-inputs.ts';
export { readRunMetrics, type RunMetrics } from './read-run-metrics.ts';
