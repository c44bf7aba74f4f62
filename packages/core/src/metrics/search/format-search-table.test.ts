import { expect, it } from 'vitest';
import type { SearchRow } from '../../schemas/metric-search.ts';
import { formatSearchTable } from './format-search-table.ts';

const row = (n: number, extra: Partial<SearchRow>): SearchRow => ({
  round: 1, n, seedIndex: 0, seed: 100 + n, metricCount: n, metricSetId: `set_${n}`, coverage: 0.5, coveragePositive: 0.25, coverageNegative: 0.75,
  redundancy: 0.8, naRate: 0.4, unscoredRate: 0, aspectsUnscored: 0, calls: 12, cachedItems: 0, kept: false, chosen: false, ...extra,
});

it('formats the search as an aligned table with kept and chosen marks', () => {
  expect(formatSearchTable([row(4, {}), row(6, { coverage: 0.875, redundancy: 0.6, kept: true, chosen: true }), row(13, { error: 'bad reply', metricCount: 0, coverage: null, coveragePositive: null, coverageNegative: null, redundancy: null, naRate: null, unscoredRate: null, calls: 2 })]))
    .toMatchInlineSnapshot(`
      "round   N  seed  metrics  coverage   cov+   cov−  redundancy    N/A  unscored  calls
          1   4   104        4     50.0%  25.0%  75.0%       80.0%  40.0%      0.0%     12
          1   6   106        6     87.5%  25.0%  75.0%       60.0%  40.0%      0.0%     12  *
          1  13   113        0    failed      –      –           –      –         –      2"
    `);
});
