import type { StageName } from './pipeline-event.ts';

/** An item a stage could not process, with the model's raw reply when there was one. */
export interface StageFailure {
  stage: StageName;
  itemId: string;
  reason: string;
  message: string;
  rawText?: string;
}
