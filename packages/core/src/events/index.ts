export type { PipelineEvent, PipelineEventListener, StageName } from './pipeline-event.ts';
export { notify } from './notify.ts';
export type { StageFailure } from './stage-failure.ts';
