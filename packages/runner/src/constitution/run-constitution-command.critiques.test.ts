import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createHdbscanClusterer } from '@tenets/cluster';
import { openRun } from '@tenets/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTenets } from '../run-tenets.ts';
import { runConstitutionCommand } from './run-constitution-command.ts';

const support = resolve(import.meta.dirname, '../../../../fixtures/support-assistant/feedback.jsonl');
let temporary: string;
beforeAll(async () => {
  temporary = await mkdtemp(join(tmpdir(), 'tenets-constitution-critiques-'));
});
afterAll(async () => {
  await rm(temporary, { recursive: true, force: true });
});

describe('tenets constitution on a run with critiques but no pairs', () => {
  it('tests every drafted principle against held-out critiques and says so in constitution.md', async () => {
    const runDir = join(temporary, 'run');
    await runTenets({ inputs: [support], outDir: runDir, clusterer: createHdbscanClusterer() });
    const drafted = await (await openRun(runDir)).read('constitution');
    const result = await runConstitutionCommand({ inputs: [runDir], outDir: join(temporary, 'tested') });
    const constitution = result.result!.constitution;
    expect(constitution.selectionMethod).toBe('none');
    expect(constitution.principles).toHaveLength(drafted.principles.length);
    expect(constitution.principles.every((principle) => principle.tested === 'critiques' && principle.critiqueTest !== undefined)).toBe(true);
    const totals = constitution.principles.reduce(
      (sum, principle) => ({ complaints: sum.complaints + principle.critiqueTest!.complaints, caught: sum.caught + principle.critiqueTest!.caught, others: sum.others + principle.critiqueTest!.others, falseFires: sum.falseFires + principle.critiqueTest!.falseFires }),
      { complaints: 0, caught: 0, others: 0, falseFires: 0 },
    );
    // Every held-out item is counted once per principle: as a complaint, a praise, or about something else.
    for (const principle of constitution.principles) {
      const test = principle.critiqueTest!;
      expect(test.complaints + test.praised + test.others + test.unscored).toBe(test.items);
    }
    expect(totals.complaints).toBeGreaterThan(0);
    console.info(`critique test (offline, support-assistant): ${JSON.stringify({ principles: constitution.principles.length, items: constitution.principles[0]!.critiqueTest!.items, ...totals })}`);
    const markdown = await (await openRun(join(temporary, 'tested'))).read('constitution-markdown');
    expect(markdown).toContain('No preference pairs: principles were tested against critiques');
    expect(markdown).toContain('## Tested on critiques');
  });
});
