import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../test/run-cli.ts';

const temporary = mkdtempSync(join(tmpdir(), 'tenets-cli-constitution-'));
afterAll(() => rmSync(temporary, { recursive: true, force: true }));

const pairs = Array.from({ length: 10 }, (_, index) =>
  JSON.stringify({ id: `p${index}`, prompt: 'A pet story.', chosen: `A cat named C${index} napped on day ${index}.`, rejected: `A dog named D${index} napped on day ${index}.` }),
);

describe('tenets constitution', () => {
  it('runs offline end to end, saying so, and writes the artefacts', async () => {
    const file = join(temporary, 'pairs.jsonl');
    writeFileSync(file, `${pairs.join('\n')}\n`);
    const result = await runCli(['constitution', file, '--out', join(temporary, 'out'), '--quiet'], { cwd: temporary });
    expect(result.exitCode).toBe(0);
    expect(result.stdout.replaceAll(temporary, '<tmp>')).toMatchInlineSnapshot(`
      "Constitution (offline engine — lexical; cannot judge truthfulness or politeness, greedy) from 10 pairs
      1. Select the response that mentions "cat"
      held-out agreement: 100.0% with, not measured without; selection split: 100.0%
      wrote <tmp>/out
      "
    `);
    expect(readFileSync(join(temporary, 'out', 'constitution.md'), 'utf8')).toContain('offline engine');
  });

  it('exports the pairs and votes as Feedback Forensics AnnotatedPairs v2.0', async () => {
    const out = join(temporary, 'out');
    const file = join(temporary, 'annotated.json');
    const result = await runCli(['export', out, '--format', 'annotated-pairs', '--out', file, '--json'], { cwd: temporary });
    expect(result.exitCode).toBe(0);
    const summary = JSON.parse(result.stdout) as { format: string; comparisons: number; file: string };
    expect([summary.format, summary.comparisons, summary.file]).toEqual(['annotated-pairs', 10, file]);
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { metadata: { version: string }; comparisons: unknown[] };
    expect([exported.metadata.version, exported.comparisons.length]).toEqual(['2.0', 10]);
  });

  it('--dry-run with a model shows the planned calls and cost, calls nothing and writes nothing', async () => {
    const file = join(temporary, 'pairs.jsonl');
    const result = await runCli(['constitution', file, '--out', join(temporary, 'dry'), '--dry-run', '--model', 'openai:gpt-4.1-mini', '--quiet'], { cwd: temporary, env: { OPENAI_API_KEY: 'sk-test-not-used' } });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatchInlineSnapshot(`
      "Planned model calls: propose 7, embed 1, vote ≤ 7 + 3 held-out, judge 3 with + 3 without the constitution; 24 in all (2.40 per pair), ≈ 12139 tokens, ≈ $0.0083.
      Dry run: nothing called, nothing written.
      "
    `);
    expect(existsSync(join(temporary, 'dry'))).toBe(false);
  });
});
