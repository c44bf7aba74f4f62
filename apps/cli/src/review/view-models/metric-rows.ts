import type { Metric } from '@tenets/core';
import { terminalText } from './terminal-text.ts';

export type ReviewStatus = 'draft' | 'edited' | 'accepted' | 'rejected';

export interface MetricRow {
  id: string;
  name: string;
  definition: string;
  applicability?: string;
  goodExamples: string[];
  badExamples: string[];
  /** Share of all behaviours, in percent, one decimal. */
  prevalence: string;
  positive: number;
  negative: number;
  status: ReviewStatus;
  searchText: string;
}

export interface MetricRowsOptions {
  /** The reviewed metrics (after decisions), in their order. */
  metrics: readonly Metric[];
  /** Rejected metrics are still listed (last) so they can be restored. */
  rejected?: readonly Metric[];
  edited?: ReadonlySet<string>;
}

/** Metrics as the Metrics screen lists them: reviewed ones in order, then rejected ones. */
export function metricRows({ metrics, rejected = [], edited }: MetricRowsOptions): MetricRow[] {
  const row = (metric: Metric, status: ReviewStatus): MetricRow => {
    const name = terminalText(metric.name, 60);
    const definition = terminalText(metric.definition);
    return {
      id: metric.id,
      name,
      definition,
      ...(metric.applicability ? { applicability: terminalText(metric.applicability) } : {}),
      goodExamples: metric.goodExamples.map((example) => terminalText(example.behaviour, 100)),
      badExamples: metric.badExamples.map((example) => terminalText(example.behaviour, 100)),
      prevalence: `${(metric.prevalence * 100).toFixed(1)}%`,
      positive: metric.signBalance.positive,
      negative: metric.signBalance.negative,
      status,
      searchText: `${name} ${definition}`.toLowerCase(),
    };
  };
  return [...metrics.map((metric) => row(metric, edited?.has(metric.id) ? 'edited' : 'draft')), ...rejected.map((metric) => row(metric, 'rejected'))];
}
