import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePromptfooAssertions, rubricsJsonFileSchema } from '@tenets/formats';
import { openRun } from '@tenets/store';
import { afterEach, describe, expect, it } from 'vitest';
import { testMetrics } from './__fixtures__/test-metrics.ts';
import { runExportCommand } from './run-export-command.ts';

const cleanup: string[] = [];
afterEach(async () => {
  for (const dir of cleanup.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function runDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tenets-export-'));
  cleanup.push(dir);
  await (await openRun(dir, { create: true })).write('metric-set', { schemaVersion: 1, engine: 'llm', n: 3, seed: 1, metrics: testMetrics, assignment: {}, reassigned: [], warnings: [] }, { command: 'test fixture' });
  return dir;
}

describe('runExportCommand', () => {
  it('writes promptfoo llm-rubric assertions next to the run', async () => {
    const dir = await runDir();
    const result = await runExportCommand({ runDir: dir, format: 'promptfoo', threshold: 0.7 });
    expect(result).toEqual({ file: join(dir, 'metrics.promptfoo.yaml'), format: 'promptfoo', metrics: 3 });
    const file = parsePromptfooAssertions(await readFile(result.file, 'utf8'), result.file);
    expect(file.defaultTest.assert.map((assertion) => [assertion.metric, assertion.threshold])).toEqual([
      ['Disabled controls', 0.7],
      ['Variant selection', 0.7],
      ['Answer verification', 0.7],
    ]);
  });

  it('writes plain JSON rubrics to a chosen path', async () => {
    const dir = await runDir();
    const out = join(dir, 'nested-not-needed.json');
    const result = await runExportCommand({ runDir: dir, format: 'rubrics-json', out });
    const file = rubricsJsonFileSchema.parse(JSON.parse(await readFile(out, 'utf8')));
    expect(result.metrics).toBe(3);
    expect(file.rubrics.map((rubric) => rubric.id)).toEqual(['met_buttons', 'met_variant', 'met_verify']);
  });

  it('refuses a metric set without metrics, naming the file and the command that makes one', async () => {
    const dir = await runDir();
    await (await openRun(dir)).write('metric-set', { schemaVersion: 1, engine: 'llm', n: 3, seed: 1, metrics: [], assignment: {}, reassigned: [], warnings: [] }, { command: 'test fixture' });
    await expect(runExportCommand({ runDir: dir, format: 'promptfoo' })).rejects.toThrow('metric-set.json: holds no metrics. Regenerate it with `tenets metrics <run-dir>`.');
  });

  it('exports the metric set an old `tenets metrics` wrote over metrics.json (a run without a store manifest)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tenets-export-'));
    cleanup.push(dir);
    await writeFile(join(dir, 'metrics.json'), JSON.stringify({ schemaVersion: 1, engine: 'llm', n: 3, seed: 1, metrics: testMetrics, assignment: {} }));
    const result = await runExportCommand({ runDir: dir, format: 'rubrics-json' });
    expect([result.file, result.metrics]).toEqual([join(dir, 'metrics.rubrics.json'), 3]);
  });
});
