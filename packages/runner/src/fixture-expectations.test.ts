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

function withoutTimings(text: string): string {
  const manifest = JSON.parse(text) as Record<string, unknown>;
  delete manifest.timings;
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

describe('offline artefacts on the support-assistant fixture', () => {
  const runDir = join(temporary, 'run');

  it('`tenets run` writes the committed artefacts byte for byte (manifest without timings)', async () => {
    await runTenets({ inputs: [fixture], outDir: runDir, clusterer: createHdbscanClusterer(), seed: 42, recordedOptions: { clusterer: 'hdbscan' } });
    const files = readdirSync(join(expected, 'run')).sort();
    expect(readdirSync(runDir).sort()).toEqual(files);
    for (const file of files) {
      const actual = readRelative(join(runDir, file));
      expect(file === 'manifest.json' ? withoutTimings(actual) : actual, file).toBe(readFileSync(join(expected, 'run', file), 'utf8'));
    }
  });

  it('`tenets metrics` on that run writes the committed metric set, search, matches and ratings', async () => {
    await runMetricsCommand({ runDir, seed: 42 });
    for (const file of readdirSync(join(expected, 'metrics')).sort()) {
      expect(readRelative(join(runDir, file)), file).toBe(readFileSync(join(expected, 'metrics', file), 'utf8'));
    }
  }, 180_000);
});
