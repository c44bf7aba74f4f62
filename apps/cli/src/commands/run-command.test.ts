import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../test/run-cli.ts';

const repositoryRoot = resolve(import.meta.dirname, '../../../..');
const supportFeedback = join(repositoryRoot, 'fixtures/support-assistant/feedback.jsonl');
const temporary = mkdtempSync(join(tmpdir(), 'tenets-cli-run-'));
afterAll(() => rmSync(temporary, { recursive: true, force: true }));

describe('tenets run', () => {
  it('runs the constitution stage (ICAI) when every input holds preference pairs', async () => {
    const file = join(temporary, 'icai.csv');
    const rows = Array.from({ length: 10 }, (_, index) => `"Instruction: A pet story.\n\nOutput: A cat named C${index} napped.","Instruction: A pet story.\n\nOutput: A dog named D${index} napped.",text_a`);
    writeFileSync(file, `text_a,text_b,preferred_text\n${rows.join('\n')}\n`);
    const result = await runCli(['run', file, '--out', join(temporary, 'pairs'), '--quiet'], { cwd: temporary });
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.replaceAll(temporary, '<tmp>')).toMatchInlineSnapshot(`
      "Tenets constitution stage (ICAI): the inputs hold preference pairs, not critiques
      Constitution (offline engine — lexical; cannot judge truthfulness or politeness) from 10 pairs:
        1. Select the response that mentions "cat"
      held-out agreement: 100.0%
      Artefacts in <tmp>/pairs/: constitution.json, constitution.md, candidates.jsonl, votes.jsonl, preferences.jsonl
      "
    `);
    expect(existsSync(join(temporary, 'pairs', 'feedback.jsonl'))).toBe(false);
  });

  it('--synth synthesises scoped preference data from the run, offline, into the run directory', async () => {
    const out = join(temporary, 'synth');
    const result = await runCli(['run', supportFeedback, '--out', out, '--synth', '--quiet'], { cwd: temporary });
    expect(result.exitCode).toBe(0);
    expect(result.stdout.replaceAll(temporary, '<tmp>').split('\n').slice(-5).join('\n')).toMatchInlineSnapshot(`
      "
      Synthesised scoped preference data (C3PO) for 16 principle(s) (offline)
      records: 1778 (pairs 18, anchors 0, test 359, prompt-only 1760); dropped 0; conflicts 0; failed calls 0
      Artefacts in <tmp>/synth/: synth.json, synth-prompts.jsonl, synth-records.jsonl, synth-dropped.jsonl, synth-failures.jsonl
      "
    `);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { artefacts: Record<string, { command: string }> };
    expect(manifest.artefacts['synth-records']).toMatchObject({ command: 'tenets synth' });
    expect(manifest.artefacts.constitution).toMatchObject({ command: 'tenets run' });
  });
});
