import { contentId, feedbackSchema, type Feedback } from '@tenets/core';
import { getPath } from '../map/dotted-path.ts';
import type { FieldMap } from '../map/field-map.ts';
import { applyFieldMap } from '../shapes/apply-field-map.ts';
import { applyRatingScale } from '../shapes/apply-rating-scale.ts';
import { isBlankValue } from '../shapes/coerce.ts';
import type { FeedbackDraft, FeedbackShape } from '../shapes/feedback-draft.ts';
import { genericFeedbackDraft } from '../shapes/generic-feedback.ts';
import { langfuseScoreDraft } from '../shapes/langfuse-score.ts';
import { langsmithFeedbackDraft } from '../shapes/langsmith-feedback.ts';
import type { RatingScale } from '../shapes/rating-scale.ts';
import { describeIssue } from './describe-issue.ts';
import type { Converted } from './converted.ts';

const noTargets: ReadonlySet<string> = new Set();

export interface DraftFeedbackOptions {
  /** Categorical rating labels, lowest first (see `createRatingScale`); without one, ratings are numbers or thumbs. */
  ratingScale?: RatingScale;
}

/** Builds the draft for one row in the given shape, with the field map and the rating scale on top. */
export function draftFeedback(row: Record<string, unknown>, shape: FeedbackShape, map: FieldMap, options: DraftFeedbackOptions = {}): FeedbackDraft {
  const mapped = Object.keys(map).length > 0;
  const mappedTargets = mapped ? new Set(Object.keys(map)) : noTargets;
  // A column the map names is the user's to place: a `context` text mapped somewhere is not guessed at.
  const mappedSources = mapped ? new Set(Object.values(map).map((source) => source.split('.')[0])) : noTargets;
  const draft = shape === 'langfuse' ? langfuseScoreDraft(row) : shape === 'langsmith' ? langsmithFeedbackDraft(row) : genericFeedbackDraft(row, mappedTargets, mappedSources);
  const withMap = applyFieldMap(draft, row, map, shape === 'generic');
  return options.ratingScale === undefined ? withMap : applyRatingScale(withMap, row, options.ratingScale);
}

/** The content-derived id used when a row has none: the same row gives the same id on every run. */
export function deriveFeedbackId(record: Omit<Feedback, 'id'>): string {
  return contentId('fb', record.sourceSystem ?? '', record.targetId ?? '', record.critique, record.context ?? null, record.rating ?? null, record.user ?? '', record.createdAt ?? '');
}

const listFields = new Set(['context.messages', 'context.trajectory']);

/** What to do about a value of the wrong type that is a common log layout rather than a mistake. */
function wrongTypeHint(draft: FeedbackDraft, field: string): string {
  const value = getPath(draft.candidate, field);
  if (field === 'rating' && !draft.ratingScale && typeof value === 'string') return '; if the ratings are labels, list them lowest first with --rating-scale';
  if (Array.isArray(value) && !listFields.has(field)) return `; for one record per element, add --explode ${draft.sources[field] ?? field}`;
  if (field === 'context' && typeof value === 'string') {
    const column = draft.sources.context ?? 'context';
    return `; the row has a prompt already, so say what this text is: --map context.response=${column} (or --map metadata.${column}=${column} to keep it aside)`;
  }
  if (listFields.has(field) && typeof value === 'string') return `; for plain text use --map context.prompt=${draft.sources[field] ?? field} or --map context.response=${draft.sources[field] ?? field}`;
  return '';
}

/** Validates a draft into a feedback record with its source location, or says why it cannot be one. */
export function finishFeedback(draft: FeedbackDraft, location: { file: string; line: number }): Converted<Feedback> {
  const candidate = draft.candidate;
  if (isBlankValue(candidate.critique)) {
    const columns = draft.critiqueColumns.map((column) => `"${column}"`).join(', ');
    if (draft.isScore || candidate.rating !== undefined) {
      return { ok: false, reason: 'rating without critique', field: 'critique', message: `a rating without critique text (looked in ${columns}); counted as rating only` };
    }
    return { ok: false, reason: 'missing critique', field: 'critique', message: `no critique text (looked in ${columns}); name the column with --map critique=<column>` };
  }
  const idGiven = candidate.id !== undefined;
  const parsed = feedbackSchema.safeParse({ ...candidate, id: idGiven ? candidate.id : 'pending', source: location });
  if (!parsed.success) {
    const expecting: Record<string, string> = draft.ratingScale ? { rating: `a number, "up"/"down" or a label of the rating scale (${draft.ratingScale.join(', ')})` } : {};
    const { field, message } = describeIssue(parsed.error.issues[0], candidate, draft.sources, expecting);
    return { ok: false, reason: 'wrong type', field, message: `${message}${wrongTypeHint(draft, field)}` };
  }
  const record = parsed.data;
  if (!idGiven) record.id = deriveFeedbackId(record);
  return draft.notes && draft.notes.length > 0 ? { ok: true, record, idGiven, notes: draft.notes } : { ok: true, record, idGiven };
}
