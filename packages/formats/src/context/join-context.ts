import type { Feedback, FeedbackContext } from '@tenets/core';
import type { ContextEntry } from './context-entry.ts';

export type JoinOutcome = 'joined' | 'missing' | 'none';

function idsOf(record: Feedback): string[] {
  const metadata = record.metadata;
  // Observation first: a score on an observation is about that observation's output, not the trace's.
  const candidates = [metadata.observationId, record.targetId, metadata.runId, metadata.traceId];
  return [...new Set(candidates.filter((value): value is string => typeof value === 'string' && value !== ''))];
}

/**
 * Fills the empty parts of a record's context from the first entry matching its observation, target, run or
 * trace id; context the record already has is never overwritten. `joined` when something was filled (noted in
 * `metadata.contextSource`), `missing` when the record names ids but none is in the index.
 */
export function joinContext(record: Feedback, index: ReadonlyMap<string, ContextEntry>): { record: Feedback; outcome: JoinOutcome } {
  const ids = idsOf(record);
  if (ids.length === 0) return { record, outcome: 'none' };
  const id = ids.find((candidate) => index.has(candidate));
  if (id === undefined) return { record, outcome: 'missing' };
  const entry = index.get(id)!;
  const context: FeedbackContext = { ...record.context };
  let filled = false;
  if (context.prompt === undefined && entry.prompt !== undefined) {
    context.prompt = entry.prompt;
    filled = true;
  }
  if (context.response === undefined && entry.response !== undefined) {
    context.response = entry.response;
    filled = true;
  }
  if (context.messages === undefined && entry.messages !== undefined) {
    context.messages = entry.messages;
    filled = true;
  }
  if (!filled) return { record, outcome: 'none' };
  return { record: { ...record, context, metadata: { ...record.metadata, contextSource: { file: entry.file, id } } }, outcome: 'joined' };
}
