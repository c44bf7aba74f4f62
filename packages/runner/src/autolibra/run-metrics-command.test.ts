import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PipelineEvent } from '@tenets/core';
import { openRun } from '@tenets/store';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTrajectoryRun } from './__fixtures__/trajectory-run.ts';
import { runMetricsCommand } from './run-metrics-command.ts';

const cleanup: string[] = [];
afterEach(async () => {
  for (const dir of cleanup.splice(0)) await rm(dir, { recursive: true, force: true });
});


describe('runMetricsCommand (offline, agent-trajectory fixture)', () => {
  it('induces N metrics on the 80% split and measures them on the held-out 20%', async () => {
    const { runDir, aspects } = await makeTrajectoryRun();
    cleanup.push(runDir);
    const events: PipelineEvent[] = [];
    const result = await runMetricsCommand({ runDir, n: 10, seed: 42, bootstrapSamples: 200, onEvent: (event) => void events.push(event) });

    const run = await openRun(runDir);
    const metricSet = await run.read('metric-set');
    expect(metricSet.engine).toBe('offline');
    expect(metricSet.engineNote).toMatch(/smoke test/);
    expect(metricSet.metrics).toHaveLength(10);
    expect(metricSet.split!.trainItemIds).toHaveLength(64);
    expect(metricSet.split!.heldOutItemIds).toHaveLength(16);
    // Every train aspect is assigned to a metric; no held-out aspect is.
    const heldOut = new Set(metricSet.split!.heldOutItemIds);
    const itemOf = new Map((await run.read('feedback')).map((record) => [record.id, record.targetId]));
    const trainAspects = aspects.filter((aspect) => !heldOut.has(itemOf.get(aspect.feedbackId)!));
    expect(Object.keys(metricSet.assignment).sort()).toEqual(trainAspects.map((aspect) => aspect.id).sort());
    for (const metric of metricSet.metrics) {
      expect(metric.goodExamples.length + metric.badExamples.length).toBeGreaterThan(0);
      for (const example of [...metric.goodExamples, ...metric.badExamples]) expect(metricSet.assignment[example.aspectId]).toBe(metric.id);
    }

    // Held-out ratings: one per (held-out item, metric); matches: every held-out aspect has a decision.
    const ratings = await run.read('ratings');
    expect(ratings).toHaveLength(16 * 10);
    expect(ratings.every((rating) => rating.engine === 'offline-lexical')).toBe(true);
    const matches = await run.read('matches');
    const heldOutAspects = aspects.filter((aspect) => heldOut.has(itemOf.get(aspect.feedbackId)!));
    expect(new Set(matches.map((match) => match.aspectId))).toEqual(new Set(heldOutAspects.map((aspect) => aspect.id)));

    const evaluation = metricSet.evaluation!;
    expect(evaluation.counts.aspects).toBe(heldOutAspects.length);
    expect(evaluation.counts.ratings).toBe(160);
    expect(evaluation.unscoredCount).toBe(0);
    expect(evaluation.coverage).toBeGreaterThan(0);
    expect(evaluation.intervals!.samples).toBe(200);
    expect(result.tableText.split('\n')).toHaveLength(2);
    expect(result.files.map((file) => file.split('/').pop())).toEqual(['metrics-search.json', 'metric-set.json', 'matches.jsonl', 'ratings.jsonl']);
    expect(events.some((event) => event.type === 'info' && /Offline engine/.test(event.message))).toBe(true);

    // Same seed, same files.
    const again = await runMetricsCommand({ runDir, n: 10, seed: 42, bootstrapSamples: 200 });
    expect(again.metrics).toEqual(result.metrics);
    expect(again.evaluation).toEqual(result.evaluation);
  });

  it('runs the N search and records the table, the decisions and the stability', async () => {
    const { runDir } = await makeTrajectoryRun();
    cleanup.push(runDir);
    const result = await runMetricsCommand({ runDir, search: true, nRange: [6, 9], seeds: 2, maxRounds: 2, seed: 7, bootstrapSamples: 0 });
    const run = await openRun(runDir);
    const search = await run.read('metric-search');
    expect(search.engines).toEqual({ induction: 'offline', judge: 'offline-lexical', match: 'offline-lexical' });
    expect(search.table.slice(0, 8).map((row) => row.n)).toEqual([6, 6, 7, 7, 8, 8, 9, 9]);
    expect(search.chosen).not.toBeNull();
    expect(search.table.filter((row) => row.chosen)).toHaveLength(1);
    expect(search.decisions[0]!.kind).toBe('split');
    expect(search.decisions.filter((decision) => decision.kind === 'select').length).toBeGreaterThanOrEqual(1);
    expect(search.stability!.n).toBe(result.n);
    expect(search.stability!.sets).toBeGreaterThanOrEqual(2);
    const metricSet = await run.read('metric-set');
    expect(metricSet.n).toBe(search.chosen!.n);
    expect(metricSet.metrics.length).toBeLessThanOrEqual(metricSet.n);
  });

  it('says what to do when the run has no aspects yet', async () => {
    const runDir = await mkdtemp(join(tmpdir(), 'tenets-autolibra-'));
    cleanup.push(runDir);
    await (await openRun(runDir, { create: true })).write('feedback', [{ id: 'f1', critique: 'Too long.', metadata: {} }], { command: 'test fixture' });
    await expect(runMetricsCommand({ runDir })).rejects.toThrow('aspects.jsonl: the run has no aspects artefact. Regenerate it with `tenets run <files…> --out <run-dir>`.');
  });
});
