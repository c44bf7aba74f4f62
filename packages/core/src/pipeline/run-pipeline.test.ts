import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { feedbackSchema, type Feedback } from '../schemas/feedback.ts';
import { createThresholdClusterer } from '../test/index.ts';
import { offlineEngineNote, runPipeline } from './run-pipeline.ts';

const fixture: Feedback[] = readFileSync(new URL('../../../../fixtures/support-assistant/feedback.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(0, 120)
  .map((line) => feedbackSchema.parse(JSON.parse(line)));

describe('runPipeline (offline engine)', () => {
  const run = (feedback: Feedback[]) => runPipeline({ feedback, clusterer: createThresholdClusterer({ threshold: 0.5 }), seed: 7, minClusterSize: 3 });

  it('runs end to end, says it is the offline engine and keeps provenance', async () => {
    const events: string[] = [];
    const result = await runPipeline({ feedback: fixture, clusterer: createThresholdClusterer({ threshold: 0.5 }), seed: 7, minClusterSize: 3, onEvent: (event) => void events.push(`${event.type}:${'stage' in event ? event.stage : ''}`) });
    expect(result.engine).toBe('offline');
    expect(result.engineNote).toBe(offlineEngineNote);
    expect(events.filter((event) => event.startsWith('stage-end'))).toEqual(['stage-end:ground', 'stage-end:embed', 'stage-end:cluster', 'stage-end:metrics', 'stage-end:principles']);
    // The lexical fit happens inside the embed stage: announced once before it, with progress, ended once.
    const embedEvents = events.filter((event) => event.endsWith(':embed'));
    expect([embedEvents[0], embedEvents.at(-1), embedEvents.filter((event) => event === 'stage-start:embed').length, embedEvents.filter((event) => event === 'stage-end:embed').length]).toEqual(['stage-start:embed', 'stage-end:embed', 1, 1]);
    expect(embedEvents.filter((event) => event === 'stage-progress:embed').length).toBeGreaterThan(0);
    expect(result.counts.aspects).toBe(result.aspects.length);
    expect(result.aspects.length).toBeGreaterThanOrEqual(fixture.length - result.ungroundable.length);
    expect(result.metrics.length).toBe(result.clustering.clusters.length);
    expect(result.metrics.length).toBeGreaterThan(0); // clustering quality is measured by the offline-engine NMI test, not here

    const aspectIds = new Set(result.aspects.map((aspect) => aspect.id));
    const feedbackIds = new Set(fixture.map((record) => record.id));
    const clustered = result.clustering.clusters.flatMap((cluster) => cluster.aspectIds);
    expect(new Set([...clustered, ...result.clustering.noiseAspectIds])).toEqual(aspectIds);
    for (const metric of result.metrics) {
      expect(metric.supportingAspectIds.every((id) => aspectIds.has(id))).toBe(true);
      expect([...metric.goodExamples, ...metric.badExamples].every((example) => aspectIds.has(example.aspectId) && feedbackIds.has(example.feedbackId))).toBe(true);
    }
    for (const principle of result.constitution.principles) {
      expect(principle.supportingFeedbackIds.length).toBeGreaterThan(0);
      expect(principle.supportingFeedbackIds.every((id) => feedbackIds.has(id))).toBe(true);
    }
  });

  it('stops before the next stage when a Ctrl-C arrived while a CPU-bound stage held the thread', async () => {
    const controller = new AbortController();
    const threshold = createThresholdClusterer({ threshold: 0.5 });
    // The interrupt is delivered as a macrotask queued during clustering (as a SIGINT handler is), not synchronously.
    const clusterer = { ...threshold, cluster: (options: Parameters<typeof threshold.cluster>[0]) => {
      setImmediate(() => controller.abort(new Error('interrupted')));
      return threshold.cluster(options);
    } };
    const started: string[] = [];
    const run = runPipeline({ feedback: fixture, clusterer, seed: 7, minClusterSize: 3, abortSignal: controller.signal, onEvent: (event) => void (event.type === 'stage-start' && started.push(event.stage)) });
    await expect(run).rejects.toThrow('interrupted');
    expect(started).toEqual(['ground', 'embed', 'cluster']);
  });

  it('is deterministic and independent of input order', async () => {
    const first = await run(fixture);
    const second = await run([...fixture].reverse());
    expect(second.clustering).toEqual(first.clustering);
    expect(second.metrics).toEqual(first.metrics);
    expect(second.constitution).toEqual(first.constitution);
  });

  it('leaves machine feedback out of clustering unless asked', async () => {
    const machine = fixture.slice(0, 10).map((record) => ({ ...record, id: `${record.id}-eval`, origin: 'machine' as const }));
    const result = await run([...fixture.slice(0, 40), ...machine]);
    expect(result.feedback).toHaveLength(40);
    expect(result.warnings).toContain('10 machine-generated feedback record(s) excluded from clustering.');
  });
});
