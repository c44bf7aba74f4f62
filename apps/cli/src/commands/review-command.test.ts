import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syntheticReviewArtefacts } from '../review/__fixtures__/synthetic-review-artefacts.ts';
import { writeSyntheticRun } from '../review/__fixtures__/write-synthetic-run.ts';
import { runCli } from '../test/run-cli.ts';

let runDir: string;
beforeEach(async () => {
  runDir = await mkdtemp(join(tmpdir(), 'tenets-review-command-'));
  await writeSyntheticRun(runDir, syntheticReviewArtefacts({ critiques: 40, runDir }));
});
afterEach(() => rm(runDir, { recursive: true, force: true, maxRetries: 5 }));

describe('tenets run --tui', () => {
  it('runs, then says the review needs a terminal instead of failing the run', async () => {
    await writeFile(join(runDir, 'input.jsonl'), ['The reply used emojis in a formal email.', 'It answered in Spanish when I asked in German.', 'Great, it explained the refund policy clearly.'].map((critique, index) => `${JSON.stringify({ id: `f${index}`, critique })}\n`).join(''));
    const result = await runCli(['run', join(runDir, 'input.jsonl'), '--out', join(runDir, 'tui-run'), '--tui', '--quiet'], { cwd: runDir });
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toContain('warning: --tui: tenets review is interactive and needs a terminal');
  });
});

describe('tenets review', () => {
  it('refuses without a terminal and says what to use instead', async () => {
    const result = await runCli(['review', runDir], { cwd: runDir });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatchInlineSnapshot(`
      "error: tenets review is interactive and needs a terminal (stdin and stdout must both be a TTY).
      For scripts: \`tenets run --json\` prints a run’s results, \`tenets export <run-dir>\` writes its metrics for other tools,
      and \`tenets review <run-dir> --apply decisions.json\` applies review decisions from a file.
      "
    `);
  });

  it('accepts the model flags (used by `D` in the review), and still refuses without a terminal before opening a model', async () => {
    const result = await runCli(['review', runDir, '--model', 'openai:gpt-4o-mini', '--max-cost', '0.5', '--no-cache'], { cwd: runDir, env: {} });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('needs a terminal');
  });

  it('--apply stores the decisions of a file, rewrites constitution.md and lists those that do not apply', async () => {
    await writeFile(
      join(runDir, 'decisions.json'),
      JSON.stringify({ decisions: [{ type: 'reject-principle', principleId: 'pri-1' }, { type: 'edit-principle', principleId: 'pri-0', text: 'Explain refunds in two sentences.' }, { type: 'mark-noise', clusterId: 'clu-gone' }] }),
    );
    const result = await runCli(['review', runDir, '--apply', 'decisions.json', '--json'], { cwd: runDir });
    expect(result.exitCode).toBe(6);
    expect(JSON.parse(result.stdout)).toEqual({ runDir, applied: 2, decisions: 2, unmatched: [{ index: 2, reason: 'no cluster clu-gone in this run (as reviewed so far)' }] });
    const markdown = await readFile(join(runDir, 'constitution.md'), 'utf8');
    expect(markdown).toContain('## 1. Explain refunds in two sentences.');
    expect(markdown).not.toContain('Do not use emojis in formal emails.');
    expect(JSON.parse(await readFile(join(runDir, 'review.json'), 'utf8')).decisions).toHaveLength(2);
  });

  it('decisions are honoured by tenets export (metrics and constitution)', async () => {
    await writeFile(join(runDir, 'decisions.json'), JSON.stringify([{ type: 'reject-metric', metricId: 'met-1' }, { type: 'edit-principle', principleId: 'pri-2', text: 'Reply in the language of the question.' }, { type: 'reject-principle', principleId: 'pri-3' }]));
    expect((await runCli(['review', runDir, '--apply', 'decisions.json'], { cwd: runDir })).exitCode).toBe(0);
    const rubrics = await runCli(['export', runDir, '--format', 'rubrics-json', '--out', '-'], { cwd: runDir });
    expect(rubrics.exitCode).toBe(0);
    expect(rubrics.stdout).not.toContain('Emoji handling');
    expect(rubrics.stdout).toContain('Refund handling');
    const constitution = await runCli(['export', runDir, '--format', 'constitution', '--out', '-'], { cwd: runDir });
    expect(constitution.exitCode).toBe(0);
    expect(constitution.stdout.split('\n').filter((line) => line.startsWith('## '))).toEqual(['## 1. Explain the refund policy clearly.', '## 2. Do not use emojis in formal emails.', '## 3. Reply in the language of the question.']);
  });

  it('--apply rejects a decisions file with a bad field, naming it', async () => {
    await writeFile(join(runDir, 'decisions.json'), JSON.stringify({ decisions: [{ type: 'reject-metric', metric: 'met-0' }] }));
    const result = await runCli(['review', runDir, '--apply', 'decisions.json'], { cwd: runDir });
    expect(result.exitCode).toBe(3);
    expect(result.stderr).toContain('decisions.json, field "decisions.0.metricId"');
  });
});
