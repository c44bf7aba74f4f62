export { runPipeline, offlineEngineNote, type RunPipelineOptions, type RunPipelineResult } from './run-pipeline.ts';
export { clusterAspects, type ClusterAspectsOptions, type ClusterAspectsResult } from './cluster-aspects.ts';
export { embedAspects, aspectEmbeddingText, type EmbedAspectsOptions, type EmbedAspectsResult } from './embed-aspects.ts';
export { defaultMinClusterSize } from './default-min-cluster-size.ts';
