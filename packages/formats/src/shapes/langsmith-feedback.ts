import { coerceId, coerceJsonCell, coerceNumber, coerceRating, coerceText, coerceTimestamp, coerceUser, isBlankValue } from './coerce.ts';
import type { FeedbackDraft } from './feedback-draft.ts';

function present(value: unknown): unknown {
  return value === null || value === '' ? undefined : value;
}

function withoutUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

/**
 * A LangSmith feedback record. `comment` is the critique, `score` (or a numeric `value`) the rating,
 * `run_id`/`trace_id` the target, `feedback_source.type === "model"` machine feedback; `key` and the original
 * row are kept in metadata.
 */
export function langsmithFeedbackDraft(row: Record<string, unknown>): FeedbackDraft {
  const feedbackSourceValue = coerceJsonCell(row.feedback_source);
  const feedbackSource = typeof feedbackSourceValue === 'object' && feedbackSourceValue !== null ? (feedbackSourceValue as Record<string, unknown>) : {};
  const sourceType = typeof feedbackSource.type === 'string' ? feedbackSource.type : undefined;
  const sources: Record<string, string> = { critique: 'comment' };

  const score = present(row.score);
  const value = present(row.value);
  let rating: unknown;
  if (score !== undefined) {
    rating = coerceRating(score);
    sources.rating = 'score';
  } else if (typeof coerceNumber(value) === 'number' || typeof value === 'boolean') {
    rating = coerceRating(value);
    sources.rating = 'value';
  }

  const correction = present(row.correction);
  const prompt = coerceText(present(row.inputs));
  const response = coerceText(present(row.outputs));
  const context = withoutUndefined({ prompt, response });
  const feedbackSourceMetadata = coerceJsonCell(present(feedbackSource.metadata));
  const userId = feedbackSource.user_id ?? (feedbackSourceMetadata as Record<string, unknown> | undefined)?.user_id ?? row.user_id;

  const candidate = withoutUndefined({
    id: coerceId(present(row.id)),
    critique: present(row.comment),
    rating,
    context: Object.keys(context).length > 0 ? context : undefined,
    user: coerceUser(userId),
    createdAt: coerceTimestamp(present(row.created_at)),
    sourceSystem: 'langsmith',
    origin: sourceType === 'model' ? 'machine' : 'human',
    targetId: coerceId(present(row.run_id)) ?? coerceId(present(row.trace_id)),
    correction: typeof correction === 'number' ? undefined : coerceText(correction),
    metadata: withoutUndefined({
      key: present(row.key),
      value: sources.rating === 'value' || isBlankValue(value) ? undefined : value,
      correctedScore: typeof correction === 'number' ? correction : undefined,
      feedbackSourceType: sourceType,
      runId: coerceId(present(row.run_id)),
      traceId: coerceId(present(row.trace_id)),
      sessionId: coerceId(present(row.session_id)),
      raw: row,
    }),
  });
  return { candidate, sources, critiqueColumns: ['comment'], isScore: true };
}
