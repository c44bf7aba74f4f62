import type { ConvertNote } from '../ingest/converted.ts';
import { coerceJsonCell, coerceMessages, coerceText, isBlankValue } from './coerce.ts';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const contextParts: Record<string, (value: unknown) => unknown> = { prompt: coerceText, response: coerceText, messages: coerceMessages, trajectory: coerceJsonCell };

/** What `readScalarContext` made of a `context` value that is not an object. */
export interface ScalarContext {
  notes: ConvertNote[];
  /** Keys of a JSON object that are not context parts, for `metadata.context`. */
  extras?: Record<string, unknown>;
  /** Set when the value cannot be placed (ambiguous or not text): validation reports it as `wrong type`. */
  unplaced?: unknown;
}

/**
 * A `context` column that holds text rather than an object (any CSV; JSONL written by hand) is read as:
 * JSON object text → its prompt/response/messages/trajectory; a JSON list → `context.messages`; other text →
 * `context.prompt` (with a note, so the guess is visible). Parts found under other columns win; when the
 * text has nowhere to go (the row has a prompt already) it is left `unplaced` for validation to report.
 */
export function readScalarContext(value: unknown, context: Record<string, unknown>, sources: Record<string, string>, column: string): ScalarContext {
  if (isBlankValue(value)) return { notes: [] };
  const parsed = coerceJsonCell(value);
  if (isRecord(parsed)) {
    let extras: Record<string, unknown> | undefined;
    for (const [key, part] of Object.entries(parsed)) {
      const coerce = contextParts[key];
      if (coerce === undefined) (extras ??= {})[key] = part;
      else if (context[key] === undefined && !isBlankValue(part)) {
        context[key] = coerce(part);
        sources[`context.${key}`] = `${column}.${key}`;
      }
    }
    return extras ? { notes: [], extras } : { notes: [] };
  }
  if (Array.isArray(parsed) && context.messages === undefined) {
    context.messages = coerceMessages(parsed);
    sources['context.messages'] = column;
    return { notes: [] };
  }
  if (typeof parsed === 'string' && context.prompt === undefined) {
    context.prompt = parsed;
    sources['context.prompt'] = column;
    return { notes: [{ kind: 'context text read as prompt', field: 'context.prompt', message: `column "${column}" holds text, read as context.prompt; if it is the response, pass --map context.response=${column}` }] };
  }
  return { notes: [], unplaced: value };
}
