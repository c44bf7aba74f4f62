import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createHdbscanClusterer } from '@tenets/cluster';
import { anchorOf } from '@tenets/core';
import { openRun, type RunStore } from '@tenets/store';
import { afterAll, describe, expect, it } from 'vitest';
import { runExportCommand } from './autolibra/run-export-command.ts';
import { runJudgeCommand } from './autolibra/run-judge-command.ts';
import { runMetricsCommand } from './autolibra/run-metrics-command.ts';
import { runTenets } from './run-tenets.ts';

// The commands on one run directory, through the store: links, staleness and the review.
const repositoryRoot = resolve(import.meta.dirname, '../../..');
const fixture = join(repositoryRoot, 'fixtures/support-assistant/feedback.jsonl');
const temporary = mkdtempSync(join(tmpdir(), 'tenets-run-store-'));
afterAll(() => rmSync(temporary, { recursive: true, force: true }));

async function brokenPrincipleLinks(run: RunStore): Promise<string[]> {
  const metricIds = new Set((await run.read('metrics')).metrics.map((metric) => metric.id));
  return (await run.read('constitution')).principles.filter((principle) => 'metricId' in principle && principle.metricId !== undefined && !metricIds.has(principle.metricId)).map((principle) => principle.id);
}

describe('commands sharing one run directory', () => {
  const runDir = join(temporary, 'run');

  it('keeps every principle → metric link valid after `tenets run` and after `tenets metrics`', async () => {
    await runTenets({ inputs: [fixture], outDir: runDir, clusterer: createHdbscanClusterer() });
    expect(await brokenPrincipleLinks(await openRun(runDir))).toEqual([]);
    await runMetricsCommand({ runDir, n: 6, evaluate: false });
    const run = await openRun(runDir);
    expect(await brokenPrincipleLinks(run)).toEqual([]);
    expect([(await run.read('metrics')).metrics.length, (await run.read('metric-set')).metrics.length]).toEqual([17, 6]);
  }, 180_000);

  it('keeps judgements of the induced set when only the clustering changes, and removes them when the feedback does', async () => {
    const judged = await runJudgeCommand({ runDir, itemsFile: fixture });
    expect(judged.perMetric).toHaveLength(6);
    expect((await openRun(runDir)).manifest.artefacts.judgements!.derivedFrom).toEqual(['metric-set']);
    // Another clustering of the same critiques: feedback and aspects keep their bytes, so the induced set and its judgements stay.
    await runTenets({ inputs: [fixture], outDir: runDir, clusterer: createHdbscanClusterer(), minClusterSize: 30 });
    let run = await openRun(runDir);
    expect([run.has('metric-set'), run.has('judgements-summary'), (await run.read('metrics')).metrics.length < 16]).toEqual([true, true, true]);
    expect(await brokenPrincipleLinks(run)).toEqual([]);
    // Other feedback: everything derived from it that `tenets run` does not rewrite is removed and marked stale.
    const fewer = join(temporary, 'fewer.jsonl');
    writeFileSync(fewer, readFileSync(fixture, 'utf8').split('\n').slice(0, 200).join('\n'));
    await runTenets({ inputs: [fewer], outDir: runDir, clusterer: createHdbscanClusterer() });
    run = await openRun(runDir);
    expect(['metric-set', 'metric-search', 'judgements', 'judgements-summary'].map((name) => [name, run.has(name as never), existsSync(run.path(name as never))])).toEqual([
      ['metric-set', false, false],
      ['metric-search', false, false],
      ['judgements', false, false],
      ['judgements-summary', false, false],
    ]);
    expect(run.manifest.artefacts['judgements-summary']!.stale).toEqual({ upstream: 'feedback', command: 'tenets run' });
    await expect(run.read('judgements-summary')).rejects.toThrow('judgements-summary.json: stale: feedback was rewritten by `tenets run` after it was written, so it was removed. Regenerate it with `tenets judge <run-dir> --items <file>`.');
  }, 180_000);

  it('exports honour the review, and the decisions still apply after a re-run with the same inputs', async () => {
    const dir = join(temporary, 'reviewed');
    await runTenets({ inputs: [fixture], outDir: dir, clusterer: createHdbscanClusterer() });
    let run = await openRun(dir);
    const aspectsById = new Map((await run.read('aspects')).map((aspect) => [aspect.id, aspect]));
    const { metrics } = await run.read('metrics');
    const { principles } = await run.read('constitution');
    await run.appendDecision({ type: 'metric-reject', metric: anchorOf.metric(metrics[0]!, aspectsById) });
    await run.appendDecision({ type: 'metric-edit', metric: anchorOf.metric(metrics[1]!, aspectsById), name: 'Empathy' });
    await run.appendDecision({ type: 'principle-edit', principle: anchorOf.principle(principles[1]!), text: 'The assistant should acknowledge loss before procedure.' });
    await run.appendDecision({ type: 'principle-reject', principle: anchorOf.principle(principles[2]!) });

    const rubrics = await runExportCommand({ runDir: dir, format: 'rubrics-json' });
    expect(rubrics.metrics).toBe(16);
    run = await openRun(dir);
    const exported = await run.read('rubrics-export');
    expect([exported.rubrics.some((rubric) => rubric.id === metrics[0]!.id), exported.rubrics[0]!.name]).toEqual([false, 'Empathy']);

    const markdown = async () => (await openRun(dir)).read('constitution-markdown');
    await runExportCommand({ runDir: dir, format: 'constitution' });
    const reviewedMarkdown = await markdown();
    expect(reviewedMarkdown.split('\n').filter((line) => line.startsWith('## ')).slice(0, 3)).toEqual([
      `## 1. ${principles[0]!.text}`,
      '## 2. The assistant should acknowledge loss before procedure.',
      `## 3. ${principles[3]!.text}`,
    ]);
    expect(reviewedMarkdown).toContain('16 principles');

    // A new decision makes the rendered constitution stale; a re-run renders it with every decision applied.
    await run.appendDecision({ type: 'principle-accept', principle: anchorOf.principle(principles[0]!) });
    expect(existsSync(join(dir, 'constitution.md'))).toBe(false);
    await runTenets({ inputs: [fixture], outDir: dir, clusterer: createHdbscanClusterer() });
    expect(await markdown()).toBe(reviewedMarkdown);
  }, 180_000);

  it('lists the review decisions that no longer apply after a re-run, and keeps the rest', async () => {
    const dir = join(temporary, 'stale-decisions');
    await runTenets({ inputs: [fixture], outDir: dir, clusterer: createHdbscanClusterer() });
    const run = await openRun(dir);
    const { principles } = await run.read('constitution');
    await run.appendDecision({ type: 'principle-reject', principle: anchorOf.principle(principles[0]!) });
    await run.appendDecision({ type: 'principle-reject', principle: { feedbackIds: ['not-in-this-run'] } });
    await runTenets({ inputs: [fixture], outDir: dir, clusterer: createHdbscanClusterer() });
    const warnings = (await openRun(dir)).manifest.run?.warnings ?? [];
    expect(warnings.filter((warning) => warning.includes('review.json'))).toEqual(['1 of 2 review decision(s) in review.json no longer apply to this run: #2 principle-reject (no principle matches the anchor).']);
    const headings = (await (await openRun(dir)).read('constitution-markdown')).split('\n').filter((line) => line.startsWith('## '));
    expect(headings.some((line) => line.endsWith(principles[0]!.text))).toBe(false);
    expect(headings.length).toBe(principles.length - 1);
  }, 180_000);

  it('exports a merge as the review shows it: one metric and one principle, redrafted offline, for the merged cluster', async () => {
    const dir = join(temporary, 'merged');
    await runTenets({ inputs: [fixture], outDir: dir, clusterer: createHdbscanClusterer() });
    const run = await openRun(dir);
    const aspectsById = new Map((await run.read('aspects')).map((aspect) => [aspect.id, aspect]));
    const { clusters } = await run.read('clusters');
    const { metrics } = await run.read('metrics');
    await run.appendDecision({ type: 'cluster-merge', clusters: [anchorOf.cluster(clusters[0]!, aspectsById), anchorOf.cluster(clusters[1]!, aspectsById)] });

    const rubrics = await runExportCommand({ runDir: dir, format: 'rubrics-json' });
    expect(rubrics.metrics).toBe(metrics.length - 1);
    const exported = await (await openRun(dir)).read('rubrics-export');
    const merged = metrics.filter((metric) => metric.clusterIds.includes(clusters[0]!.id) || metric.clusterIds.includes(clusters[1]!.id));
    expect(exported.rubrics.some((rubric) => merged.some((metric) => metric.id === rubric.id))).toBe(false);

    await runExportCommand({ runDir: dir, format: 'constitution' });
    const markdown = await (await openRun(dir)).read('constitution-markdown');
    expect(markdown).toContain(`${metrics.length - 1} principles`);
  }, 180_000);
});
