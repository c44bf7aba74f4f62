export { runPipeline, offlineEngineNote, type RunPipelineOptions, type RunPipelineResult } from './run-pipeline.ts';
