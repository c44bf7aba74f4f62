export { runPipeline, offlineEngineNote, type RunPipelineOptions, type RunPipelineResult } from './run-pipeline.ts';
export { clusterAspects, type ClusterAspectsOptions, type ClusterAspectsResult } from './cluster-aspects.ts';
export { embedAspects, aspectEmbeddingText, type EmbedAspectsOptions, type EmbedAspectsResult } from './embed-aspects.ts';
export { groundFeedback, type GroundFeedbackOptions, type GroundFeedbackResult } from './ground-feedback.ts';
export { draftMetrics, type DraftMetricsOptions, type DraftMetricsResult } from './draft-metrics.ts';
export { draftPrinciples, type DraftPrinciplesOptions, type DraftPrinciplesResult } from './draft-principles.ts';
export type { StageFailure } from './stage-failure.ts';
