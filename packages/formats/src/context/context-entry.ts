import type { Message } from '@tenets/core';
import { coerceId } from '../shapes/coerce.ts';
import type { Converted } from '../ingest/converted.ts';
import { renderContextValue } from './render-context-value.ts';

/** What the join keeps of one trace, observation or run: its id and its input/output as context. */
export interface ContextEntry {
  id: string;
  /** Langfuse trace id of an observation (`trace_id`/`traceId`), for reference. */
  traceId?: string;
  prompt?: string;
  response?: string;
  messages?: Message[];
  file: string;
  /** Required by the ingestion engine; always empty. */
  metadata: Record<string, unknown>;
}

function first(row: Record<string, unknown>, names: readonly string[]): unknown {
  for (const name of names) {
    const value = row[name];
    if (value !== undefined && value !== null && value !== '') return value;
  }
  return undefined;
}

/**
 * One context row (Langfuse trace or observation, API camelCase or export snake_case; LangSmith run) as an
 * entry: `id` is the key, `input`/`inputs` the prompt (or messages), `output`/`outputs` the response.
 */
export function contextEntryFromRow(row: Record<string, unknown>, file: string): Converted<ContextEntry> {
  const id = coerceId(first(row, ['id']));
  if (id === undefined) return { ok: false, reason: 'missing field', field: 'id', message: 'a context row needs an "id" (the trace, observation or run id that feedback points to)' };
  if (typeof id !== 'string') return { ok: false, reason: 'wrong type', field: 'id', message: `expected the id to be a string or number, got ${Array.isArray(id) ? 'array' : typeof id}` };
  const traceId = coerceId(first(row, ['trace_id', 'traceId']));
  const input = renderContextValue(first(row, ['input', 'inputs']));
  const output = renderContextValue(first(row, ['output', 'outputs']));
  const lastOutputMessage = output.messages?.at(-1)?.content;
  const entry: ContextEntry = { id, file, metadata: {} };
  if (typeof traceId === 'string' && traceId !== id) entry.traceId = traceId;
  if (input.text !== undefined) entry.prompt = input.text;
  if (input.messages !== undefined) entry.messages = input.messages;
  const response = output.text ?? lastOutputMessage;
  if (response !== undefined) entry.response = response;
  return { ok: true, record: entry, idGiven: true };
}
