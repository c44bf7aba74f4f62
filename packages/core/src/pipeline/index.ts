export { runPipeline, offlineEngineNote, offlineEngineWithEmbeddingModelNote, type RunPipelineOptions, type RunPipelineResult } from './run-pipeline.ts';
