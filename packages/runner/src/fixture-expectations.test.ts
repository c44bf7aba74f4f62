import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createHdbscanClusterer } from '@tenets/cluster';
import { afterAll, describe, expect, it } from 'vitest';
import { runMetricsCommand } from './autolibra/run-metrics-command.ts';
import { runTenets } from './run-tenets.ts';

// The offline artefacts of `tenets run fixtures/support-assistant/feedback.jsonl` and of `tenets metrics` on
// that run, committed in fixtures/support-assistant/expected/ (see its README). They must stay byte-identical.
const repositoryRoot = resolve(import.meta.dirname, '../../..');
const fixture = join(repositoryRoot, 'fixtures/support-assistant/feedback.jsonl');
const expected = join(repositoryRoot, 'fixtures/support-assistant/expected');
const temporary = mkdtempSync(join(tmpdir(), 'tenets-expected-'));
afterAll(() => rmSync(temporary, { recursive: true, force: true }));

/** The CLI records the input path as given (relative to the repository root); the test passes it absolute. */
function readRelative(path: string): string {
  return readFileSync(path, 'utf8').replaceAll(`${repositoryRoot}/`, '');
}

/**
 * The committed manifest.json is main's (schema 1, run record at the top level). The store nests the same run
 * record under `run` and adds per-artefact lineage: the record, laid out as before, must match byte for byte.
 */
function runRecordAsBefore(text: string): string {
  const { tool, run } = JSON.parse(text) as { tool: unknown; run: Record<string, unknown> };
  const { timings: _timings, ...rest } = run;
  return `${JSON.stringify({ schemaVersion: 1, tool, ...rest }, null, 2)}\n`;
}

describe('offline artefacts on the support-assistant fixture', () => {
  const runDir = join(temporary, 'run');

  it('`tenets run` writes the committed artefacts byte for byte (manifest without timings)', async () => {
    await runTenets({ inputs: [fixture], outDir: runDir, clusterer: createHdbscanClusterer(), seed: 42, recordedOptions: { clusterer: 'hdbscan' } });
    const files = readdirSync(join(expected, 'run')).sort();
    // The store adds the persisted embeddings; every artefact main wrote is still there, byte for byte.
    expect(readdirSync(runDir).sort()).toEqual([...files, 'embeddings.bin', 'embeddings.json'].sort());
    for (const file of files) {
      const actual = readRelative(join(runDir, file));
      expect(file === 'manifest.json' ? runRecordAsBefore(actual) : actual, file).toBe(readFileSync(join(expected, 'run', file), 'utf8'));
    }
  });

  it('`tenets metrics` on that run writes the committed metric set, search, matches and ratings, and leaves metrics.json alone', async () => {
    await runMetricsCommand({ runDir, seed: 42 });
    // Before the store the induced set overwrote metrics.json; it is now its own artefact, metric-set.json, with the same bytes.
    const movedTo: Record<string, string> = { 'metrics.json': 'metric-set.json' };
    for (const file of readdirSync(join(expected, 'metrics')).sort()) {
      expect(readRelative(join(runDir, movedTo[file] ?? file)), file).toBe(readFileSync(join(expected, 'metrics', file), 'utf8'));
    }
    expect(readRelative(join(runDir, 'metrics.json'))).toBe(readFileSync(join(expected, 'run', 'metrics.json'), 'utf8'));
  }, 180_000);
});
