import { describe, expect, it } from 'vitest';
import { syntheticReviewArtefacts } from '../__fixtures__/synthetic-review-artefacts.ts';
import { overviewRows } from './overview-rows.ts';

describe('overviewRows', () => {
  it('lists inputs, engine, counts, usage and timings, with — for what the run did not produce', () => {
    const artefacts = syntheticReviewArtefacts({ critiques: 40 });
    const sections = overviewRows(artefacts).map((section) => `${section.title}: ${section.rows.map((row) => `${row.label}=${row.value}`).join(', ')}`);
    expect(sections).toMatchInlineSnapshot(`
      [
        "Inputs: 3.9 KiB=fixtures/synthetic/feedback.jsonl",
        "Engine: engine=offline, embedding=tenets:lexical-tfidf-lsa, clusterer=tenets-hdbscan",
        "Counts: critiques=40, rejects=2, behaviours=40, clusters=4, noise=4, metrics=4, principles=4, pairs=—",
        "Usage: calls=0 (0 cached, 0 failed), tokens=0 (0 in, 0 out), spend=$0 (no model calls)",
        "Timings: ingest=12 ms, ground=30 ms, embed=40 ms, cluster=25 ms, metrics=8 ms, principles=3 ms, total=118 ms",
      ]
    `);
  });

  it('tolerates a run without a run record or constitution', () => {
    const { run: _run, constitution: _constitution, ...rest } = syntheticReviewArtefacts({ critiques: 4 });
    const counts = overviewRows(rest).find((section) => section.title === 'Counts')!;
    expect(counts.rows.find((row) => row.label === 'principles')!.value).toBe('—');
  });
});
