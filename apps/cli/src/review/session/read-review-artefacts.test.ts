import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createHdbscanClusterer } from '@tenets/cluster';
import { runTenetsStages } from '@tenets/runner';
import { openRun } from '@tenets/store';
import { afterAll, describe, expect, it } from 'vitest';
import { readReviewArtefacts } from './read-review-artefacts.ts';

const fixture = join(resolve(import.meta.dirname, '../../../../..'), 'fixtures/support-assistant/feedback.jsonl');
const temporary = mkdtempSync(join(tmpdir(), 'tenets-review-artefacts-'));
afterAll(() => rmSync(temporary, { recursive: true, force: true }));

describe('readReviewArtefacts', () => {
  it('gives the Pairs screen the synthesised pairs of a run (tenets run --synth), leaving prompt-only records out', async () => {
    const dir = join(temporary, 'synth');
    await runTenetsStages({ inputs: [fixture], outDir: dir, clusterer: createHdbscanClusterer(), synth: true });
    const run = await openRun(dir);
    const records = await run.read('synth-records');
    const withResponses = records.filter((record) => !record.needsGeneration && record.baseline);
    const artefacts = await readReviewArtefacts(run);
    expect(withResponses.length).toBeGreaterThan(0);
    expect(artefacts.preferences?.map((pair) => pair.id)).toEqual(withResponses.map((record) => record.id));
    const principleIds = new Set(artefacts.constitution?.principles.map((principle) => principle.id));
    expect(artefacts.preferences?.every((pair) => principleIds.has(pair.principleId!) && pair.chosen.length > 0)).toBe(true);
  }, 120_000);
});
