import { getPath } from '../map/dotted-path.ts';
import type { FeedbackDraft } from './feedback-draft.ts';
import type { RatingScale } from './rating-scale.ts';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads the rating column's raw value against a categorical scale: a label on the scale becomes its position
 * as the rating and is kept as written in `metadata.ratingLabel`. Anything else keeps the usual rating
 * handling (numbers, `up`/`down`), so the scale is checked before words such as "bad" become thumbs.
 */
export function applyRatingScale(draft: FeedbackDraft, row: Record<string, unknown>, scale: RatingScale): FeedbackDraft {
  const withScale = { ...draft, ratingScale: scale.labels };
  const column = draft.sources.rating;
  const raw = column === undefined ? undefined : getPath(row, column);
  if (typeof raw !== 'string') return withScale;
  const position = scale.indexOf(raw);
  if (position === undefined) return withScale;
  const { metadata } = draft.candidate;
  const label = raw.trim();
  // A metadata value that is not an object is left for validation to report.
  const withLabel = metadata === undefined ? { ratingLabel: label } : isRecord(metadata) ? { ...metadata, ratingLabel: label } : metadata;
  return { ...withScale, candidate: { ...draft.candidate, rating: position, metadata: withLabel } };
}
