import type { FeedbackShape } from './feedback-draft.ts';

const langfuseOnlyKeys = [
  'dataType', 'data_type', 'stringValue', 'string_value', 'observationId', 'observation_id',
  'authorUserId', 'author_user_id', 'queueId', 'queue_id', 'configId', 'config_id', 'datasetRunId', 'dataset_run_id',
];

/** Recognises LangSmith feedback and Langfuse scores from a row's keys; anything else is generic. */
export function detectShape(row: Record<string, unknown>): FeedbackShape {
  const has = (...names: string[]) => names.some((name) => Object.hasOwn(row, name));
  if (has('feedback_source', 'run_id')) return 'langsmith';
  if (has('key') && has('score', 'value', 'comment', 'correction') && has('trace_id', 'session_id', 'created_at', 'modified_at')) return 'langsmith';
  if (has(...langfuseOnlyKeys)) return 'langfuse';
  if (has('traceId', 'trace_id') && has('name') && has('value')) return 'langfuse';
  return 'generic';
}
