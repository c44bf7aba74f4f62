import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './test/run-cli.ts';

const repositoryRoot = resolve(import.meta.dirname, '../../..');
const supportFixture = join(repositoryRoot, 'fixtures/support-assistant/feedback.jsonl');
const badFixture = join(repositoryRoot, 'fixtures/bad-input/feedback-bad.jsonl');
const temporary = mkdtempSync(join(tmpdir(), 'tenets-cli-'));
afterAll(() => rmSync(temporary, { recursive: true, force: true }));

const withoutTimings = (text: string) => {
  const manifest = JSON.parse(text) as { run: { timings: unknown } };
  return { ...manifest, run: { ...manifest.run, timings: undefined } };
};

describe('tenets run (offline, end to end)', () => {
  it('writes every artefact, says it is the offline engine, and is byte-identical on a re-run', async () => {
    const first = await runCli(['run', supportFixture, '--out', join(temporary, 'a')], { cwd: temporary });
    expect(first.exitCode).toBe(0);
    expect(first.stdout).toContain('Tenets offline engine (no model configured)');
    expect(first.stderr).toContain('offline engine (no language model configured)');
    const files = readdirSync(join(temporary, 'a')).sort();
    expect(files).toEqual(['aspects.jsonl', 'clusters.json', 'constitution.json', 'constitution.md', 'embeddings.bin', 'embeddings.json', 'failures.jsonl', 'feedback.jsonl', 'manifest.json', 'metrics.json', 'rejects.jsonl']);
    const manifest = JSON.parse(readFileSync(join(temporary, 'a', 'manifest.json'), 'utf8'));
    expect(manifest.run.engine).toBe('offline');
    expect(manifest.run.counts.kept).toBe(360);
    expect(manifest.run.inputs[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(readFileSync(join(temporary, 'a', 'constitution.md'), 'utf8')).toContain('offline engine');

    const second = await runCli(['run', supportFixture, '--out', join(temporary, 'b'), '--quiet'], { cwd: temporary });
    expect(second.exitCode).toBe(0);
    expect(second.stderr).toBe('');
    for (const file of files.filter((name) => name !== 'manifest.json')) {
      expect(readFileSync(join(temporary, 'b', file)), file).toEqual(readFileSync(join(temporary, 'a', file)));
    }
    expect(withoutTimings(readFileSync(join(temporary, 'b', 'manifest.json'), 'utf8'))).toEqual(withoutTimings(readFileSync(join(temporary, 'a', 'manifest.json'), 'utf8')));
  });

  it('exports the metrics to a file (path on stdout) or to stdout with --out -', async () => {
    const toFile = await runCli(['export', join(temporary, 'a'), '--format', 'rubrics-json'], { cwd: temporary });
    expect(toFile.exitCode).toBe(0);
    expect(toFile.stdout).toMatch(new RegExp(`^wrote \\d+ metrics as rubrics-json to ${join(temporary, 'a', 'metrics.rubrics.json').replaceAll('/', '\\/')}\\n$`));
    const toStdout = await runCli(['export', join(temporary, 'a'), '--format', 'rubrics-json', '--out', '-'], { cwd: temporary });
    expect(toStdout.exitCode).toBe(0);
    expect(toStdout.stdout).toBe(readFileSync(join(temporary, 'a', 'metrics.rubrics.json'), 'utf8'));
    expect(toStdout.stderr).toMatch(/^wrote \d+ metrics as rubrics-json to stdout\n$/);
  });

  it('prints a JSON summary on stdout with --json and keeps going past bad rows', async () => {
    const result = await runCli(['run', badFixture, supportFixture, '--out', join(temporary, 'mixed'), '--json', '--quiet'], { cwd: temporary });
    expect(result.exitCode).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary.engine).toBe('offline');
    expect(summary.counts.rejected).toBeGreaterThan(5);
    expect(summary.counts.kept).toBeGreaterThan(360);
    const rejects = readFileSync(join(temporary, 'mixed', 'rejects.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    // Nothing is lost: every row is kept, rejected, or a rating without critique (also in the rejects file).
    expect(summary.counts.rows).toBe(summary.counts.kept + summary.counts.rejected + summary.counts.ratingsOnly);
    expect(rejects.length).toBe(summary.counts.rejected + summary.counts.ratingsOnly);
    expect(rejects[0]).toMatchObject({ file: badFixture, line: expect.any(Number), reason: expect.any(String) });
  });
});

describe('tenets ingest', () => {
  it('writes feedback and rejects and prints the summary with the written paths', async () => {
    const out = join(temporary, 'ingested.jsonl');
    const result = await runCli(['ingest', badFixture, '--out', out], { cwd: temporary });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/ingest: \d+ rows from 1 file → \d+ kept/);
    expect(result.stdout).toContain(`wrote ${out} (`);
    expect(readFileSync(`${out}.rejects.jsonl`, 'utf8').trim().split('\n').length).toBeGreaterThan(5);
  });

  it('writes the records to stdout with --out - and the summary to stderr', async () => {
    const rejects = join(temporary, 'stdout.rejects.jsonl');
    const result = await runCli(['ingest', badFixture, '--out', '-', '--rejects', rejects], { cwd: temporary });
    expect(result.exitCode).toBe(0);
    const records = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as { critique: string });
    expect(records.length).toBeGreaterThan(0);
    expect(records.every((record) => typeof record.critique === 'string')).toBe(true);
    expect(result.stderr).toMatch(new RegExp(`wrote ${records.length} records to stdout and ${rejects.replaceAll('/', '\\/')} \\(\\d+ rejects\\)`));
    expect(readdirSync(temporary)).not.toContain('-');
  });

  it('reads a CSV with the delimiter given by --delimiter', async () => {
    const csv = join(temporary, 'pipes.csv');
    // Commas inside the critiques make the comma reading wrong; the pipe is the real delimiter.
    writeFileSync(csv, 'id|critique\nr1|Too long, and it ignored my question.\nr2|Wrong refund amount, again.\n');
    const result = await runCli(['ingest', csv, '--out', '-', '--delimiter', 'pipe', '--quiet'], { cwd: temporary });
    expect(result.exitCode).toBe(0);
    const records = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as { id: string; critique: string });
    expect(records.map((record) => [record.id, record.critique])).toEqual([
      ['r1', 'Too long, and it ignored my question.'],
      ['r2', 'Wrong refund amount, again.'],
    ]);
  });

  it('stops at the first bad row with --strict, naming file, line and field, and writes nothing', async () => {
    const out = join(temporary, 'strict.jsonl');
    const result = await runCli(['ingest', badFixture, '--out', out, '--strict'], { cwd: temporary });
    expect(result.exitCode).toBe(3);
    expect(result.stderr).toMatch(new RegExp(`error: ${badFixture.replaceAll('/', '\\/')}, line 5`));
    expect(() => readFileSync(out)).toThrow();
  });

  it('fills context from --context trace and observation files and counts the joins', async () => {
    const fixtures = join(repositoryRoot, 'packages/formats/src/ingest/__fixtures__');
    const out = join(temporary, 'joined.jsonl');
    const result = await runCli(['ingest', join(fixtures, 'langfuse-scores.jsonl'), '--context', join(fixtures, 'langfuse-traces.csv'), '--context', join(fixtures, 'langfuse-observations.jsonl'), '--out', out], { cwd: temporary });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('context joined 4, missing 1, 1 bad context row');
    const records = readFileSync(out, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { id: string; context?: unknown });
    expect(records.find((record) => record.id === 's1')?.context).toEqual({ prompt: 'What is 2+2?', response: '5' });
    expect(readFileSync(`${out}.rejects.jsonl`, 'utf8')).toContain('langfuse-observations.jsonl');
  });

  it('reports a missing input file as an input error', async () => {
    const result = await runCli(['ingest', join(temporary, 'nope.jsonl'), '--out', join(temporary, 'x.jsonl'), '--strict'], { cwd: temporary });
    expect(result.exitCode).toBe(3);
    expect(result.stderr).toContain('nope.jsonl');
  });
});

describe('file-system problems and empty results are user errors (exit 3), never "a bug"', () => {
  it('says so when --out is an existing file, or lies under one', async () => {
    const file = join(temporary, 'existing-file');
    writeFileSync(file, 'not a directory');
    for (const [out, expected] of [
      [file, `error: ${file} already exists and is not a directory (EEXIST)`],
      [join(file, 'run'), `error: ${join(file, 'run')}: part of this path is a file, not a directory (ENOTDIR)`],
    ] as const) {
      const result = await runCli(['run', supportFixture, '--out', out, '--quiet'], { cwd: temporary });
      expect(result.exitCode).toBe(3);
      expect(result.stderr.split('\n')[0]).toBe(expected);
      expect(result.stderr).toContain('hint: ');
      expect(result.stderr).not.toContain('bug');
    }
    const intoDirectory = await runCli(['ingest', supportFixture, '--out', temporary, '--quiet'], { cwd: temporary });
    expect([intoDirectory.exitCode, intoDirectory.stderr.split('\n')[0]]).toEqual([3, `error: ${temporary} is a directory, a file was expected (EISDIR)`]);
  });

  it('exits 3 with the top reasons when every row is rejected, and lists only the first bad rows', async () => {
    const input = join(temporary, 'all-bad.jsonl');
    writeFileSync(input, [...Array.from({ length: 8 }, (_, index) => `{not json ${index}`), '{"comment_text":"no critique field"}', ''].join('\n'));
    const out = join(temporary, 'all-bad-run');
    const result = await runCli(['run', input, '--out', out], { cwd: temporary });
    expect(result.exitCode).toBe(3);
    expect(result.stdout).toContain(`9 bad rows (invalid JSON 8, missing critique 1) in ${join(out, 'rejects.jsonl')}`);
    expect(result.stderr).toContain(`error: no critique was kept from 9 row(s) (invalid JSON 8, missing critique 1); see ${join(out, 'rejects.jsonl')}`);
    expect(result.stderr.split('\n').filter((line) => line.startsWith('! ingest:'))).toHaveLength(3);
    expect(result.stderr).toContain('(6 more bad rows not listed; all are in the rejects file)');
    expect(readFileSync(join(out, 'rejects.jsonl'), 'utf8').trim().split('\n')).toHaveLength(9);
  });

  it('prints each warning the manifest records once, and timings equal to manifest.timings', async () => {
    const input = join(temporary, 'with-machine.jsonl');
    const lines = readFileSync(supportFixture, 'utf8').trim().split('\n');
    writeFileSync(input, `${[...lines, JSON.stringify({ id: 'machine-1', critique: 'The answer ignored the refund question entirely.', origin: 'machine' })].join('\n')}\n`);
    const out = join(temporary, 'warned');
    const result = await runCli(['run', input, '--out', out, '--quiet'], { cwd: temporary });
    expect(result.exitCode).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { run: { warnings: string[]; timings: Record<string, number> } };
    expect(manifest.run.warnings.length).toBeGreaterThan(0);
    for (const warning of manifest.run.warnings) expect(result.stdout.split(`warning: ${warning}`)).toHaveLength(2);
    const printed = /^timings: (.*)$/m.exec(result.stdout)?.[1];
    const expected = Object.entries(manifest.run.timings)
      .map(([stage, milliseconds]) => `${stage} ${milliseconds < 1000 ? `${Math.round(milliseconds)} ms` : `${(milliseconds / 1000).toFixed(1)} s`}`)
      .join(', ');
    expect(printed).toBe(expected);
  });
});

describe('command line errors', () => {
  it('exits 2 with a usage hint', async () => {
    const result = await runCli(['run', supportFixture, '--min-cluster-size', 'many'], { cwd: temporary });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('--min-cluster-size');
    expect(result.stderr).toContain('tenets run --help');
  });

  it('refuses an unreachable model before any work, with what to check', async () => {
    const out = join(temporary, 'unreachable');
    const result = await runCli(['run', supportFixture, '--out', out, '--model', 'compatible:some-model', '--base-url', 'http://127.0.0.1:9/v1', '--no-cache'], { cwd: temporary });
    expect(result.exitCode).toBe(4);
    expect(result.stderr).toMatch(/error: .*127\.0\.0\.1:9/);
    expect(result.stderr).toContain('hint:');
    expect(() => readdirSync(out)).toThrow();
  });
});

describe('the tenets executable', () => {
  it('starts through the launcher on the pinned Node and prints help', () => {
    const output = execFileSync(join(repositoryRoot, 'node_modules/.bin/tenets'), ['--help'], { encoding: 'utf8', env: { ...process.env, PATH: `${join(repositoryRoot, 'node_modules/.bin')}:${process.env.PATH}` } });
    expect(output).toContain('Usage: tenets <command> [options]');
  });
});
