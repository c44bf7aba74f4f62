import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAnnotatedPairs } from '@tenets/formats';
import { openRun } from '@tenets/store';
import { exportAnnotatedPairs } from './export-annotated-pairs.ts';
import { runConstitutionCommand } from './run-constitution-command.ts';

const root = resolve(import.meta.dirname, '../../../..');
const sharedData = [process.env.TENETS_SHARED_DATA, resolve(root, '../shared/data'), resolve(root, '../../shared/data')].find((path): path is string => path !== undefined && existsSync(resolve(path, 'icai-synthetic')));
const orthogonal = sharedData && resolve(sharedData, 'icai-synthetic/synthetic_data_orthogonal_adcbg.csv');
const aligned = sharedData && resolve(sharedData, 'icai-synthetic/synthetic_data_aligned_vqvtb.csv');

let temporary: string;
beforeAll(async () => {
  temporary = await mkdtemp(join(tmpdir(), 'tenets-constitution-'));
});
afterAll(async () => {
  await rm(temporary, { recursive: true, force: true });
});

const summary = (result: Awaited<ReturnType<typeof runConstitutionCommand>>) => ({
  principles: result.result!.constitution.principles.map((principle) => principle.text),
  selection: result.result!.constitution.reconstruction.selection.withConstitution.agreement,
  heldOut: result.result!.constitution.reconstruction.heldOut?.withConstitution.agreement,
});

describe.skipIf(sharedData === undefined)('tenets constitution, offline engine, on ICAI synthetic data', () => {
  it('recovers the three planted orthogonal preferences and reconstructs ≥ 85 % of held-out pairs', async () => {
    const outDir = join(temporary, 'orthogonal');
    const result = await runConstitutionCommand({ inputs: [orthogonal!], outDir });
    expect(result.engine).toBe('offline');
    expect(result.plan.total).toBe(0);
    expect(summary(result)).toMatchInlineSnapshot(`
      {
        "heldOut": 1,
        "principles": [
          "Select the response that mentions "blue"",
          "Select the response that mentions "lemon"",
          "Select the response that mentions "cat"",
        ],
        "selection": 1,
      }
    `);
    expect(result.result!.constitution.reconstruction.heldOut!.withConstitution.agreement!).toBeGreaterThanOrEqual(0.85);
    const run = await openRun(outDir);
    const markdown = await run.read('constitution-markdown');
    expect(markdown).toContain('offline engine');
    expect(markdown).toContain('cannot judge truthfulness, politeness');
    expect((await run.read('constitution-votes')).length).toBe(result.result!.votes.length);
    expect((await run.read('preferences')).length).toBe(30);
    // Same inputs and seed → byte-identical artefacts.
    const again = join(temporary, 'orthogonal-again');
    await runConstitutionCommand({ inputs: [orthogonal!], outDir: again });
    for (const file of ['constitution.json', 'constitution.md', 'candidates.jsonl', 'votes.jsonl']) expect(await readFile(join(again, file), 'utf8')).toBe(await readFile(join(outDir, file), 'utf8'));
  });

  it('on the aligned set it finds words, not truthfulness or politeness; with labels flipped the words flip', async () => {
    const straight = await runConstitutionCommand({ inputs: [aligned!], outDir: join(temporary, 'aligned') });
    const flipped = await runConstitutionCommand({ inputs: [aligned!], outDir: join(temporary, 'unaligned'), invertLabels: true });
    expect({ aligned: summary(straight), unaligned: summary(flipped) }).toMatchInlineSnapshot(`
      {
        "aligned": {
          "heldOut": 0.944444,
          "principles": [
            "Select the response that mentions "washington"",
            "Select the response that mentions "stunning"",
            "Select the response that mentions "course"",
            "Select the response that mentions "district"",
          ],
          "selection": 1,
        },
        "unaligned": {
          "heldOut": 1,
          "principles": [
            "Select the response that mentions "allows"",
            "Select the response that mentions "paris"",
            "Select the response that mentions "guess"",
          ],
          "selection": 0.952381,
        },
      }
    `);
  });

  it('--select votes keeps the top 5 by for − against, redundant rules included; greedy stops at the 3 that explain the labels', async () => {
    const byVotes = await runConstitutionCommand({ inputs: [orthogonal!], outDir: join(temporary, 'votes'), select: 'votes' });
    expect(byVotes.result!.constitution.selectionMethod).toBe('votes');
    // Leave-one-out shows the redundancy: dropping "whiskers" or "versatile" changes nothing.
    expect(byVotes.result!.constitution.principles.map((principle) => [principle.text.split('mentions ')[1], principle.leaveOneOut?.selection])).toMatchInlineSnapshot(`
      [
        [
          ""blue"",
          0.047619,
        ],
        [
          ""lemon"",
          0.166667,
        ],
        [
          ""cat"",
          0.02381,
        ],
        [
          ""whiskers"",
          0,
        ],
        [
          ""versatile"",
          0,
        ],
      ]
    `);
    expect(summary(byVotes)).toMatchInlineSnapshot(`
      {
        "heldOut": 1,
        "principles": [
          "Select the response that mentions "blue"",
          "Select the response that mentions "lemon"",
          "Select the response that mentions "cat"",
          "Select the response that mentions "whiskers"",
          "Select the response that mentions "versatile"",
        ],
        "selection": 1,
      }
    `);
  });

  it('--dry-run shows the plan and writes nothing; export writes AnnotatedPairs that read back', async () => {
    const dry = await runConstitutionCommand({ inputs: [orthogonal!], outDir: join(temporary, 'dry'), dryRun: true, model: null });
    expect(dry.dryRun).toBe(true);
    expect(existsSync(join(temporary, 'dry'))).toBe(false);
    const exported = await exportAnnotatedPairs({ runDir: join(temporary, 'orthogonal') });
    const back = await readAnnotatedPairs(exported.file);
    expect(back.preferences).toHaveLength(30);
    expect(exported.annotators).toBe(Object.keys(back.annotators).length + 1);
    expect(await readFile(exported.file, 'utf8')).not.toContain('NaN');
  });
});

describe('tenets constitution --split-by', () => {
  it('builds one constitution per user and a cross matrix where each user explains themselves, not the other', async () => {
    const stories = ['cat', 'dog'].map((animal) => Array.from({ length: 12 }, (_, index) => `A ${animal} named Pet${index} did something silly on day ${index}.`));
    const rows = ['u1', 'u2'].flatMap((user) =>
      Array.from({ length: 12 }, (_, index) => {
        const likesCats = user === 'u1';
        const [chosen, rejected] = likesCats ? [stories[0]![index]!, stories[1]![index]!] : [stories[1]![index]!, stories[0]![index]!];
        return JSON.stringify({ id: `${user}-${index}`, prompt: 'A pet story, please.', chosen, rejected, user });
      }),
    );
    const { writeFile } = await import('node:fs/promises');
    const file = join(temporary, 'users.jsonl');
    await writeFile(file, rows.join('\n'));
    const result = await runConstitutionCommand({ inputs: [file], outDir: join(temporary, 'users'), splitBy: 'user' });
    expect(result.segments!.map((segment) => [segment.segment, segment.dir, segment.result.constitution.principles.map((principle) => principle.text)])).toMatchInlineSnapshot(`
      [
        [
          "u1",
          "segments/u1",
          [
            "Select the response that mentions "cat"",
          ],
        ],
        [
          "u2",
          "segments/u2",
          [
            "Select the response that mentions "dog"",
          ],
        ],
      ]
    `);
    expect(result.matrix!.map((row) => row.map((cell) => cell.agreement))).toMatchInlineSnapshot(`
      [
        [
          1,
          0,
        ],
        [
          0,
          1,
        ],
      ]
    `);
    const run = await openRun(join(temporary, 'users'));
    expect((await run.read('constitution-segments')).field).toBe('user');
    expect((await openRun(join(temporary, 'users', 'segments', 'u1'))).has('constitution')).toBe(true);
  });
});
