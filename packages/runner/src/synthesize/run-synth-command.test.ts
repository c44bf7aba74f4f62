import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { synthesisRecordSchema } from '@tenets/core';
import { afterAll, describe, expect, it } from 'vitest';
import { runSynthCommand } from './run-synth-command.ts';
import { runSynthEvalCommand } from './run-synth-eval-command.ts';
import { runSynthExportCommand } from './run-synth-export-command.ts';

const repositoryRoot = resolve(import.meta.dirname, '../../../..');
const expectedRun = join(repositoryRoot, 'fixtures/support-assistant/expected/run');
const temporary = mkdtempSync(join(tmpdir(), 'tenets-synth-'));
afterAll(() => rmSync(temporary, { recursive: true, force: true }));
const readLines = (file: string) => readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);

describe('runSynthCommand, offline engine', () => {
  it('builds prompts and logged pairs from the support-assistant run and says what needs a model', async () => {
    const runDir = join(temporary, 'offline-run');
    cpSync(expectedRun, runDir, { recursive: true });
    // The committed expectation leaves out the only non-deterministic field of a run's manifest.
    const manifestPath = join(runDir, 'manifest.json');
    writeFileSync(manifestPath, JSON.stringify({ ...JSON.parse(readFileSync(manifestPath, 'utf8')), timings: {} }));
    const result = await runSynthCommand({ input: runDir });
    expect(result).toMatchObject({ engine: 'offline', input: 'run', outDir: runDir, dryRun: false });
    expect(result.engineNote).toContain('offline engine');
    expect(result.engineNote).toContain('needsGeneration: true');
    expect(result.plan.calls).toBe(0);
    const summary = JSON.parse(readFileSync(join(runDir, 'synth.json'), 'utf8'));
    expect(summary.models).toEqual({ generator: 'offline', policy: 'log', reviser: 'log', verifier: 'offline' });
    expect(summary.scopes.length).toBe(result.principles);
    const records = readLines(join(runDir, 'synth-records.jsonl')).map((line) => synthesisRecordSchema.parse(line));
    expect(records.length).toBe(result.counts.records);
    expect(records.filter((record) => record.needsGeneration).length).toBe(result.counts.needsGeneration);
    for (const record of records.filter((entry) => entry.revised)) expect(record).toMatchObject({ scope: 'in', verification: { method: 'log', passed: true }, needsGeneration: false });
    expect({ principles: result.principles, pairs: result.counts.pairs, checks: summary.checks.map((check: { description: string }) => check.description) }).toMatchInlineSnapshot(`
      {
        "checks": [
          "does not match /\\p{Extended_Pictographic}/u",
        ],
        "pairs": 18,
        "principles": 16,
      }
    `);
    const manifest = JSON.parse(readFileSync(join(runDir, 'manifest.json'), 'utf8'));
    expect(manifest.artefacts.synth).toMatchObject({ command: 'tenets synth', derivedFrom: ['constitution', 'clusters', 'aspects', 'feedback'], options: { models: summary.models } });

    const exported = await runSynthExportCommand({ runDir, format: 'hf-dataset' });
    expect(exported.files.map((file) => file.slice(exported.dir.length + 1))).toContain('README.md');
    const card = readFileSync(join(exported.dir, 'README.md'), 'utf8');
    expect(card).toContain('**Offline engine:**');
  });

  it('reads one sentence of feedback: scope and check offline, no prompts, and a warning', async () => {
    const outDir = join(temporary, 'text-offline');
    const result = await runSynthCommand({ input: 'Never use emojis in emails to my boss.', outDir });
    expect(result.result!.scopes).toMatchObject([{ domain: 'emails to my boss', effect: 'Never use emojis', polarity: 'avoid', source: 'offline' }]);
    expect(result.result!.checks.map((check) => check.description)).toEqual(['does not match /\\p{Extended_Pictographic}/u']);
    expect(result.warnings.at(-1)).toMatch(/a model is needed to generate them/);
    expect(result.counts.records).toBe(0);
  });

  it('plans first and stops there with --dry-run; refuses an estimate over --max-cost', async () => {
    const principles = join(temporary, 'principles.jsonl');
    writeFileSync(principles, ['{"id":"p1","text":"Never use emojis in emails to my boss."}', '{"text":"Sign emails to my boss with \\"Best regards\\"."}', 'not json', '{"id":"p3"}', ''].join('\n'));
    const fake = 'openai:gpt-4.1-mini';
    const { MockLanguageModelV4 } = await import('ai/test');
    const model = new MockLanguageModelV4({ provider: 'openai', modelId: 'gpt-4.1-mini' });
    let shown: unknown;
    const result = await runSynthCommand({ input: principles, model, modelNames: { generator: fake, policy: fake, reviser: fake, verifier: fake }, dryRun: true, onPlan: (plan) => void (shown = plan) });
    expect(result.dryRun).toBe(true);
    expect(shown).toBe(result.plan);
    expect(model.doGenerateCalls).toHaveLength(0);
    expect(result.warnings).toEqual([`${principles}:3: not valid JSON; line skipped.`, `${principles}:4 (text): Invalid input: expected string, received undefined; skipped.`]);
    expect({ principles: result.plan.principles, perPrinciple: result.plan.callsPerPrinciple, total: result.plan.calls, usd: Number(result.plan.totalCostUsd.toFixed(4)) }).toMatchInlineSnapshot(`
      {
        "perPrinciple": {
          "generator": 27,
          "policy": 192,
          "reviser": 64,
          "verifier": 144,
        },
        "principles": 2,
        "total": 854,
        "usd": 0.5521,
      }
    `);
    await expect(runSynthCommand({ input: principles, outDir: join(temporary, 'budget'), model, maxCostUsd: 0.0001, modelNames: { generator: fake, policy: fake, reviser: fake, verifier: fake } })).rejects.toThrow(/above --max-cost/);
    expect(model.doGenerateCalls).toHaveLength(0);
  });
});

describe('runSynthEvalCommand', () => {
  it('scores outputs on the test prompts with the derived checks, offline', async () => {
    const runDir = join(temporary, 'offline-run');
    const records = readLines(join(runDir, 'synth-records.jsonl')).map((line) => synthesisRecordSchema.parse(line));
    const tests = records.filter((record) => record.split === 'test');
    const outputs = join(temporary, 'outputs.jsonl');
    writeFileSync(outputs, `${tests.map((record) => JSON.stringify({ id: record.id, output: record.baseline?.text ?? 'no answer' })).join('\n')}\n{"output":"orphan"}\n`);
    const result = await runSynthEvalCommand({ runDir, outputsFile: outputs });
    expect(result.engine).toBe('offline');
    expect(result.warnings).toEqual([`${outputs}:${tests.length + 1} (id): "id": needs "id" or "prompt", got an undefined; line skipped.`]);
    expect(result.items).toHaveLength(tests.length);
    // Answers identical to the baselines change nothing: every scored item is 0.
    expect(result.items.filter((item) => item.score !== null).every((item) => item.score === 0)).toBe(true);
    expect(JSON.parse(readFileSync(join(runDir, 'synth-eval.json'), 'utf8')).unscored).toBe(result.unscored);
  });
});
