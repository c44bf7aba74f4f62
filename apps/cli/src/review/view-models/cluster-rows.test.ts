import { describe, expect, it } from 'vitest';
import { syntheticReviewArtefacts } from '../__fixtures__/synthetic-review-artefacts.ts';
import { clusterRows } from './cluster-rows.ts';

describe('clusterRows', () => {
  it('sorts by size then id and names by review, then metric, then terms', () => {
    const { clustering, metrics } = syntheticReviewArtefacts({ critiques: 41 });
    const rows = clusterRows({ clusters: clustering.clusters, metrics: metrics.filter((metric) => metric.id !== 'met-3'), names: new Map([['clu-1', 'Emoji in formal mail']]) });
    expect(rows.map((row) => `${row.id} ${row.size} ${row.negative}− ${row.positive}+ ${row.name}`)).toMatchInlineSnapshot(`
      [
        "clu-0 11 2− 9+ Refund handling",
        "clu-2 10 9− 1+ Language handling",
        "clu-1 8 7− 1+ Emoji in formal mail",
        "clu-3 8 2− 6+ agent · escalate · human",
      ]
    `);
  });
});
