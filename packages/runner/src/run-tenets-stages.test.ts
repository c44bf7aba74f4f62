import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createHdbscanClusterer } from '@tenets/cluster';
import { afterAll, describe, expect, it } from 'vitest';
import { classifyRunInputs } from './classify-run-inputs.ts';
import { runTenetsStages } from './run-tenets-stages.ts';

const repositoryRoot = resolve(import.meta.dirname, '../../..');
const supportFeedback = join(repositoryRoot, 'fixtures/support-assistant/feedback.jsonl');
const temporary = mkdtempSync(join(tmpdir(), 'tenets-run-stages-'));
afterAll(() => rmSync(temporary, { recursive: true, force: true }));

const write = (name: string, text: string) => {
  const file = join(temporary, name);
  writeFileSync(file, text);
  return file;
};
const trlPairs = (count: number) =>
  `${Array.from({ length: count }, (_, index) => JSON.stringify({ id: `p${index}`, prompt: 'A pet story.', chosen: `A cat named C${index} napped on day ${index}.`, rejected: `A dog named D${index} napped on day ${index}.` })).join('\n')}\n`;
const readLines = (file: string) => readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);

describe('classifyRunInputs', () => {
  it('tells pair files (ICAI CSV, TRL JSONL, AnnotatedPairs) from feedback logs by their content', async () => {
    const icai = write('icai.csv', 'text_a,text_b,preferred_text\n"Instruction: Hi\n\nOutput: Hello!","Instruction: Hi\n\nOutput: Go away.",text_a\n"Instruction: Bye\n\nOutput: Bye now.","Instruction: Bye\n\nOutput: Whatever.",text_a\n');
    const trl = write('trl.data', trlPairs(3));
    const annotated = write('annotated.json', JSON.stringify({ metadata: { version: '2.0' }, annotators: {}, comparisons: [] }));
    const feedbackCsv = write('scores.csv', 'id,comment,score\n1,Too long and rambling.,1\n2,It ignored my question.,2\n');
    const classified = await classifyRunInputs([icai, trl, annotated, feedbackCsv, supportFeedback]);
    expect(classified).toEqual({ pairs: [icai, trl, annotated], feedback: [feedbackCsv, supportFeedback] });
    // Standard input and score exports are never read ahead.
    expect(await classifyRunInputs(['-', trl], { format: 'langfuse' })).toEqual({ pairs: [], feedback: ['-', trl] });
  });
});

describe('runTenetsStages', () => {
  it('runs the constitution stage, not the feedback pipeline, when every input holds pairs (and synthesises from it)', async () => {
    const outDir = join(temporary, 'pairs-only');
    const result = await runTenetsStages({ inputs: [write('pairs.jsonl', trlPairs(10))], outDir, clusterer: createHdbscanClusterer(), synth: true });
    expect(result.run).toBeUndefined();
    expect(result.constitution).toMatchObject({ engine: 'offline', pairs: 10, rejected: 0 });
    expect(result.constitution!.result!.constitution.principles.map((principle) => principle.text)).toEqual(['Select the response that mentions "cat"']);
    expect(existsSync(join(outDir, 'feedback.jsonl'))).toBe(false);
    expect(readLines(join(outDir, 'preferences.jsonl'))).toHaveLength(10);
    // A run without a log still synthesises from its tested constitution: offline, scopes and checks but no prompts.
    expect(result.synth).toMatchObject({ engine: 'offline', input: 'run', outDir, principles: 1 });
    expect(result.synth!.counts).toMatchInlineSnapshot(`
      {
        "anchors": 0,
        "conflicts": 0,
        "dropped": 0,
        "failures": 0,
        "needsGeneration": 0,
        "pairs": 0,
        "prompts": 0,
        "records": 0,
        "records.in": 0,
        "records.near": 0,
        "records.out": 0,
        "test": 0,
      }
    `);
  });

  it('runs the pipeline on feedback, then the constitution stage on pairs in the same run, drafted principles in the pool', async () => {
    const outDir = join(temporary, 'mixed');
    const events: string[] = [];
    const result = await runTenetsStages({
      inputs: [supportFeedback, write('mixed-pairs.jsonl', trlPairs(10))],
      outDir,
      clusterer: createHdbscanClusterer(),
      onEvent: (event) => {
        if (event.type === 'info' && event.message.startsWith('run:')) events.push(event.message);
      },
    });
    expect(events).toEqual(['run: 1 feedback file(s) through the pipeline, then 1 preference-pair file(s) through the constitution stage.']);
    expect(result.run!.ingest.kept).toBe(360);
    expect(result.constitution).toMatchObject({ outDir, pairs: 10 });
    const drafted = result.run!.pipeline.constitution.principles.length;
    expect(drafted).toBeGreaterThan(0);
    // Every drafted principle joined the candidate pool with its provenance.
    const candidates = readLines(join(outDir, 'candidates.jsonl'));
    const fromCritiques = candidates.filter((candidate) => candidate.origin === 'critiques');
    expect({ drafted, fromCritiques: fromCritiques.length, fromPairs: candidates.length - fromCritiques.length }).toMatchInlineSnapshot(`
      {
        "drafted": 17,
        "fromCritiques": 17,
        "fromPairs": 1,
      }
    `);
    for (const candidate of fromCritiques) expect(candidate).toMatchObject({ sourcePairIds: [], sourceFeedbackIds: expect.arrayContaining([expect.stringMatching(/^fb-/)]) });
    const written = JSON.parse(readFileSync(join(outDir, 'constitution.json'), 'utf8')) as { selectionMethod: string };
    expect(written.selectionMethod).toBe('greedy');
    expect(readLines(join(outDir, 'feedback.jsonl'))).toHaveLength(360);
  });
});
