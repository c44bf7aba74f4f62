import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createHdbscanClusterer } from '@tenets/cluster';
import { afterAll, describe, expect, it } from 'vitest';
import { runTenets } from './run-tenets.ts';

const repositoryRoot = resolve(import.meta.dirname, '../../..');
const ilfAnnotations = resolve(repositoryRoot, '../shared/data/ilf-surge-annotations/surge_annotations.jsonl');
const temporary = mkdtempSync(join(tmpdir(), 'tenets-runner-'));
afterAll(() => rmSync(temporary, { recursive: true, force: true }));

describe('runTenets', () => {
  it.skipIf(!existsSync(ilfAnnotations))('runs offline on real human critiques of generated code (ILF, mapped columns)', async () => {
    const outDir = join(temporary, 'ilf');
    const result = await runTenets({
      inputs: [ilfAnnotations],
      outDir,
      clusterer: createHdbscanClusterer(),
      map: { id: 'task_id', critique: 'Feedback', 'context.prompt': 'prompt', 'context.response': 'original_model_completion', correction: 'unedited_annotator_completion' },
      seed: 3,
    });
    expect(result.ingest).toMatchObject({ rows: 195, kept: 195, rejected: 0 });
    expect(result.manifest.engine).toBe('offline');
    expect(result.manifest.counts.aspects).toBeGreaterThan(195);
    expect(result.pipeline.clustering.clusters.length).toBeGreaterThan(1);
    const feedback = readFileSync(join(outDir, 'feedback.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    expect(feedback[0]).toMatchObject({ id: '1', context: { prompt: expect.stringContaining('min_cost') }, correction: expect.any(String), source: { file: ilfAnnotations, line: 1 } });
    // Every aspect's evidence is a real span of its critique.
    const byId = new Map(feedback.map((record) => [record.id, record.critique as string]));
    for (const aspect of result.pipeline.aspects) {
      expect(byId.get(aspect.feedbackId)!.slice(aspect.evidence.critique.start, aspect.evidence.critique.end)).toBe(aspect.evidence.critique.quote);
    }
  });

  it('keeps API-key-like strings out of every artefact', async () => {
    const input = join(temporary, 'secrets.jsonl');
    const key = `sk-proj-${'a1B2c3D4e5'.repeat(4)}`;
    const lines = Array.from({ length: 12 }, (_, index) =>
      JSON.stringify({ id: `s${index}`, critique: index % 2 ? `It printed my key ${key} back to me in the reply. Never echo credentials.` : 'It echoed my password in the answer, never do that.', response: `Your key is ${key}` }),
    );
    writeFileSync(input, `${lines.join('\n')}\n`);
    const outDir = join(temporary, 'secrets');
    await runTenets({ inputs: [input], outDir, clusterer: createHdbscanClusterer(), seed: 1, minClusterSize: 3 });
    for (const file of readdirSync(outDir)) {
      expect(readFileSync(join(outDir, file), 'utf8'), file).not.toContain(key);
    }
    expect(readFileSync(join(outDir, 'feedback.jsonl'), 'utf8')).toContain('[REDACTED:openai]');
  });
});
