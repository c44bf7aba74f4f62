/**
 * `npx tsx --conditions=@tenets/source apps/devtools/regenerate-expected.ts`: rewrites fixtures/support-assistant/expected/
 * (see its README) with what `tenets run` and `tenets metrics` write today, exactly as
 * packages/runner/src/fixture-expectations.test.ts compares them. Run it only when an artefact is meant to change, and
 * say why in the commit.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHdbscanClusterer } from '@tenets/cluster';
import { runMetricsCommand, runTenets } from '@tenets/runner';

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const fixture = join(repositoryRoot, 'fixtures/support-assistant/feedback.jsonl');
const expected = join(repositoryRoot, 'fixtures/support-assistant/expected');
const temporary = mkdtempSync(join(tmpdir(), 'tenets-regenerate-'));
const runDir = join(temporary, 'run');
const relative = (path: string) => readFileSync(path, 'utf8').replaceAll(`${repositoryRoot}/`, '');

try {
  await runTenets({ inputs: [fixture], outDir: runDir, clusterer: createHdbscanClusterer(), seed: 42, recordedOptions: { clusterer: 'hdbscan' } });
  for (const file of readdirSync(join(expected, 'run'))) {
    let text = relative(join(runDir, file));
    if (file === 'manifest.json') {
      // The committed manifest is the run record laid out as schema 1 (no timings); see the test.
      const { tool, run } = JSON.parse(text) as { tool: unknown; run: Record<string, unknown> };
      const { timings: _timings, ...rest } = run;
      text = `${JSON.stringify({ schemaVersion: 1, tool, ...rest }, null, 2)}\n`;
    }
    writeFileSync(join(expected, 'run', file), text);
  }
  await runMetricsCommand({ runDir, seed: 42 });
  const movedTo: Record<string, string> = { 'metrics.json': 'metric-set.json' };
  for (const file of readdirSync(join(expected, 'metrics'))) writeFileSync(join(expected, 'metrics', file), relative(join(runDir, movedTo[file] ?? file)));
  process.stdout.write(`Rewrote ${expected}/run and /metrics.\n`);
} finally {
  rmSync(temporary, { recursive: true, force: true });
}
