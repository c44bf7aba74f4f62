export type { PipelineEvent, PipelineEventListener, StageName } from './pipeline-event.ts';
export { notify } from './notify.ts';
