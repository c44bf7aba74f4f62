import { TenetsConfigError } from '@tenets/core';

/** Ordered categorical rating labels, lowest first: a label's rating is its position (0, 1, 2, …). */
export interface RatingScale {
  /** The labels as given, lowest first. */
  labels: readonly string[];
  /** The position of a label, compared without case and with runs of spaces as one; undefined if not on the scale. */
  indexOf(label: string): number | undefined;
}

const normalise = (label: string) => label.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Builds a rating scale from ordered labels, e.g. `['Bad', 'Could be Improved', 'Acceptable', 'Excellent']`
 * (FeedbackQA) → 0…3. Throws `TenetsConfigError` for fewer than two labels, a blank label or a repeated one.
 */
export function createRatingScale(labels: readonly string[]): RatingScale {
  const positions = new Map<string, number>();
  for (const [position, label] of labels.entries()) {
    const key = typeof label === 'string' ? normalise(label) : '';
    if (key === '') throw new TenetsConfigError({ message: `rating scale label ${position + 1} is blank`, hint: 'list the labels lowest first, e.g. --rating-scale "Bad,Could be Improved,Acceptable,Excellent"' });
    if (positions.has(key)) throw new TenetsConfigError({ message: `rating scale label "${label.trim()}" appears twice`, hint: 'each label must name one step of the scale' });
    positions.set(key, position);
  }
  if (positions.size < 2) {
    throw new TenetsConfigError({ message: 'a rating scale needs at least two labels', hint: 'list the labels lowest first, e.g. --rating-scale "Bad,Could be Improved,Acceptable,Excellent"' });
  }
  return { labels: labels.map((label) => label.trim()), indexOf: (label) => positions.get(normalise(label)) };
}
