import { coerceId, coerceJsonCell, coerceNumber, coerceText, coerceTimestamp, coerceUser, isBlankValue } from './coerce.ts';
import type { FeedbackDraft } from './feedback-draft.ts';

/** Reads a Langfuse field under its API (camelCase) or export (snake_case) name. */
function field(row: Record<string, unknown>, camelCase: string, snakeCase = camelCase.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)): unknown {
  const value = row[camelCase] ?? row[snakeCase];
  return value === null || value === '' ? undefined : value;
}

function booleanRating(value: unknown): unknown {
  const number = coerceNumber(value);
  if (number === 1 || value === true || value === 'true') return 'up';
  if (number === 0 || value === false || value === 'false') return 'down';
  return number;
}

function withoutUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

/**
 * A Langfuse score (API camelCase or UI/blob export snake_case). `comment` is the critique, or a TEXT score's
 * `stringValue`; NUMERIC values become the rating, BOOLEAN ones thumbs; `source: EVAL` is machine feedback;
 * a CORRECTION score's `stringValue` is the correction. The original row is kept in `metadata.raw`.
 */
export function langfuseScoreDraft(row: Record<string, unknown>): FeedbackDraft {
  const dataType = typeof field(row, 'dataType') === 'string' ? String(field(row, 'dataType')).toUpperCase() : undefined;
  const comment = field(row, 'comment');
  const stringValue = field(row, 'stringValue');
  const value = field(row, 'value');
  const scoreSource = typeof field(row, 'source') === 'string' ? String(field(row, 'source')).toUpperCase() : undefined;
  const sources: Record<string, string> = {};

  let critique: unknown = comment;
  if (isBlankValue(comment) && dataType === 'TEXT' && !isBlankValue(stringValue)) {
    critique = stringValue;
    sources.critique = 'stringValue';
  } else sources.critique = 'comment';

  let rating: unknown;
  if (dataType === 'BOOLEAN') rating = booleanRating(value);
  else if ((dataType === 'NUMERIC' || dataType === undefined) && !isBlankValue(value)) rating = coerceNumber(value);
  if (rating !== undefined) sources.rating = 'value';

  const traceId = coerceId(field(row, 'traceId'));
  const observationId = coerceId(field(row, 'observationId'));
  const sessionId = coerceId(field(row, 'sessionId'));
  const datasetRunId = coerceId(field(row, 'datasetRunId'));
  const prompt = coerceText(field(row, 'input'));
  const response = coerceText(field(row, 'output'));
  const context = withoutUndefined({ prompt, response });

  const candidate = withoutUndefined({
    id: coerceId(field(row, 'id')),
    critique,
    rating,
    context: Object.keys(context).length > 0 ? context : undefined,
    user: coerceUser(field(row, 'authorUserId') ?? field(row, 'userId')),
    createdAt: coerceTimestamp(field(row, 'timestamp') ?? field(row, 'createdAt')),
    sourceSystem: 'langfuse',
    origin: scoreSource === 'EVAL' ? 'machine' : 'human',
    targetId: observationId ?? traceId ?? sessionId ?? datasetRunId,
    correction: dataType === 'CORRECTION' ? coerceText(stringValue) : undefined,
    metadata: withoutUndefined({
      name: field(row, 'name'),
      dataType,
      scoreSource,
      label: dataType === 'CATEGORICAL' || dataType === 'BOOLEAN' ? stringValue : undefined,
      traceId,
      observationId,
      sessionId,
      datasetRunId,
      environment: field(row, 'environment'),
      metadata: coerceJsonCell(field(row, 'metadata')),
      raw: row,
    }),
  });
  return { candidate, sources, critiqueColumns: ['comment', 'stringValue (TEXT scores)'], isScore: true };
}
