import { describe, expect, it } from 'vitest';
import { parseCli } from './parse-cli.ts';
import { renderHelp } from './render-help.ts';
import { findCommand } from './commands.ts';

describe('parseCli', () => {
  it('parses run with defaults, repeatable maps and coerced numbers', () => {
    const parsed = parseCli(['run', 'a.jsonl', 'b.csv', '--out', 'runs/x', '--map', 'critique=comment', '--map', 'context.prompt=input', '--seed', '7', '--no-cache']);
    expect(parsed.kind).toBe('command');
    if (parsed.kind !== 'command') return;
    expect(parsed.positionals).toEqual(['a.jsonl', 'b.csv']);
    expect(parsed.flags).toMatchObject({ out: 'runs/x', format: 'auto', map: ['critique=comment', 'context.prompt=input'], seed: 7, cache: false, clusterer: 'hdbscan' });
  });

  it('parses --explode (repeatable or comma separated) and --rating-scale into lists', () => {
    const parsed = parseCli(['ingest', 'qa.json', '-o', 'out.jsonl', '--explode', 'feedback', '--explode', 'rating, tags', '--rating-scale', 'Bad,Could be Improved, Acceptable,Excellent']);
    expect(parsed).toMatchObject({ kind: 'command', flags: { explode: ['feedback', 'rating', 'tags'], ratingScale: ['Bad', 'Could be Improved', 'Acceptable', 'Excellent'] } });
    expect(parseCli(['run', 'qa.json'])).toMatchObject({ kind: 'command', flags: { explode: undefined, ratingScale: undefined } });
  });

  it('reports bad values with the flag name', () => {
    expect(parseCli(['run', 'a.jsonl', '--format', 'xml'])).toMatchObject({ kind: 'error', message: expect.stringMatching(/^--format: /) });
    expect(parseCli(['run', 'a.jsonl', '--map', 'nonsense'])).toMatchObject({ kind: 'error', message: '--map: expected to=from, e.g. critique=comment.' });
    expect(parseCli(['run', 'a.jsonl', '--concurrency', '0'])).toMatchObject({ kind: 'error', message: expect.stringMatching(/^--concurrency: /) });
  });

  it('reports unknown commands, unknown flags, missing arguments and missing required flags', () => {
    expect(parseCli(['frobnicate'])).toEqual({ kind: 'error', message: 'Unknown command "frobnicate". Run `tenets --help` for the list.' });
    expect(parseCli(['run', 'a.jsonl', '--bogus'])).toMatchObject({ kind: 'error', message: expect.stringContaining("'--bogus'") });
    expect(parseCli(['run'])).toMatchObject({ kind: 'error', message: 'Missing <files>. Usage: tenets run <files…> [--out <dir>] [options]' });
    expect(parseCli(['ingest', 'a.jsonl'])).toMatchObject({ kind: 'error', message: '--out is required.' });
    expect(parseCli(['metrics', 'a', 'b'])).toMatchObject({ kind: 'error', message: expect.stringContaining('Unexpected argument "b"') });
  });

  it('answers help and version', () => {
    expect(parseCli([])).toEqual({ kind: 'help', command: undefined });
    expect(parseCli(['run', '--help'])).toEqual({ kind: 'help', command: findCommand('run') });
    expect(parseCli(['--version'])).toEqual({ kind: 'version' });
  });
});

describe('renderHelp', () => {
  it('lists every command and every flag of a command from the same table the parser uses', () => {
    const overall = renderHelp();
    for (const name of ['run', 'ingest', 'metrics', 'judge', 'export']) expect(overall).toContain(`  ${name} `);
    const run = renderHelp(findCommand('run'));
    for (const flag of findCommand('run')!.flags) expect(run).toContain(`--${flag.negatable ? '[no-]' : ''}${flag.name}`);
  });
});
