import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runCli } from './test/run-cli.ts';

const temporary = mkdtempSync(join(tmpdir(), 'tenets-synth-cli-'));
afterAll(() => rmSync(temporary, { recursive: true, force: true }));

it('tenets synth offline on one sentence: scope and check shown (terminal controls escaped), the offline note, exit 0', async () => {
  const result = await runCli(['synth', 'Never use emojis\u001b[31m in emails to my boss.', '--out', join(temporary, 'emoji'), '--offline', '--quiet'], { cwd: temporary });
  expect(result.exitCode).toBe(0);
  expect(result.stdout).not.toContain('\u001b');
  expect(result.stdout.split('\n').slice(0, 3).join('\n').replace(/pri_[0-9a-f]+/, 'pri_…')).toMatchInlineSnapshot(`
    "Synthesised scoped preference data for 1 principle(s) (offline)
      pri_…: when emails to my boss → Never use emojis\\x1b[31m (avoid, offline) · check: does not match /\\p{Extended_Pictographic}/u
    records: 0 (pairs 0, anchors 0, test 0); dropped 0; conflicts 0; failed calls 0"
  `);
  expect(result.stdout).toContain('note: Produced by the Tenets offline engine');
});

it('tenets synth --dry-run prints the plan on stdout and writes nothing', async () => {
  const result = await runCli(['synth', 'Never use emojis in emails to my boss.', '--dry-run', '--offline', '--categories', '4', '--prompts-per-category', '4'], { cwd: temporary });
  expect(result.exitCode).toBe(0);
  expect(result.stdout).toMatchInlineSnapshot(`
    "plan: 1 principle(s) × 113 calls at most (generator 13, policy 48, reviser 16, verifier 36; prompts 16 in / 16 near / 16 out) = 0 calls; no model calls (offline engine)
    "
  `);
});
