import { describe, expect, it } from 'vitest';
import { smallRun } from '../../drafting/__fixtures__/small-run.ts';
import type { PipelineEvent } from '../../events/pipeline-event.ts';
import { draftMetrics } from './draft-metrics.ts';
import { draftMetricsOffline } from './offline/draft-metrics-offline.ts';

describe('draftMetrics (offline)', () => {
  it('reports one progress unit per cluster and drafts exactly what the synchronous drafter does', async () => {
    const { feedback, aspects, clusters } = smallRun();
    const events: PipelineEvent[] = [];
    const result = await draftMetrics({ clusters, aspects, feedback, embeddings: new Map(), onEvent: (event) => void events.push(event) });
    expect(events.map((event) => (event.type === 'stage-progress' ? `${event.completed}/${event.total}` : event.type))).toEqual(['stage-start', '1/2', '2/2', 'stage-end']);
    expect(result.metrics).toEqual(draftMetricsOffline({ clusters, aspects, feedback }));
  });

  it('stops with the signal’s reason when it is aborted while drafting', async () => {
    const { feedback, aspects, clusters } = smallRun();
    const controller = new AbortController();
    const drafting = draftMetrics({
      clusters,
      aspects,
      feedback,
      embeddings: new Map(),
      abortSignal: controller.signal,
      onEvent: (event) => {
        if (event.type === 'stage-progress') controller.abort(new Error('interrupted'));
      },
    });
    await expect(drafting).rejects.toThrow('interrupted');
  });
});
