import type { ReviewStatus } from '../view-models/metric-rows.ts';
import { Styled } from './theme.tsx';

const marks: Record<ReviewStatus, { mark: string; tone: 'dim' | 'good' | 'bad' | 'warn' }> = {
  draft: { mark: '·', tone: 'dim' },
  edited: { mark: '✎', tone: 'warn' },
  accepted: { mark: '✓', tone: 'good' },
  rejected: { mark: '✗', tone: 'bad' },
};

/** One character saying where a metric or principle stands in review. */
export function StatusMark({ status }: { status: ReviewStatus }) {
  return <Styled tone={marks[status].tone}>{marks[status].mark}</Styled>;
}
