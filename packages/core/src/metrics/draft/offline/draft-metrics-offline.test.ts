import { describe, expect, it } from 'vitest';
import { metricSchema } from '../../../schemas/metric.ts';
import { contentId } from '../../../util/content-id.ts';
import { smallRun } from '../../../drafting/__fixtures__/small-run.ts';
import { draftMetricsOffline } from './draft-metrics-offline.ts';

describe('draftMetricsOffline', () => {
  const { feedback, aspects, clusters } = smallRun();
  const metrics = draftMetricsOffline({ clusters, aspects, feedback });

  it('drafts one valid, offline metric per cluster, largest first', () => {
    expect(metrics).toHaveLength(2);
    for (const metric of metrics) expect(metricSchema.parse(metric)).toEqual(metric);
    expect(metrics.map((metric) => ({ name: metric.name, definition: metric.definition, applicability: metric.applicability, prevalence: metric.prevalence, signBalance: metric.signBalance }))).toMatchInlineSnapshot(`
      [
        {
          "applicability": "Applies when the task or the reply involves answer; otherwise rate it 0 (not applicable).",
          "definition": "Whether the assistant's answer was far too long for a yes or no question. Grounded in 4 user comments (3 negative, 1 positive) about answer.",
          "name": "Answer Length",
          "prevalence": 0.5,
          "signBalance": {
            "negative": 3,
            "positive": 1,
          },
        },
        {
          "applicability": "Applies when the task or the reply involves emojis, reply or formal complaint; otherwise rate it 0 (not applicable).",
          "definition": "Whether the assistant uses emojis in a formal complaint. Grounded in 3 user comments (2 negative, 1 positive) about emojis, reply and formal complaint.",
          "name": "Emojis and Reply",
          "prevalence": 0.375,
          "signBalance": {
            "negative": 2,
            "positive": 1,
          },
        },
      ]
    `);
    expect(metrics[0]!.prevalence).toBeGreaterThanOrEqual(metrics[1]!.prevalence);
    expect(metrics.every((metric) => metric.engine === 'offline')).toBe(true);
  });

  it('copies its examples from real members of the right sign, with their aspect and feedback ids', () => {
    const aspectById = new Map(aspects.map((aspect) => [aspect.id, aspect]));
    for (const metric of metrics) {
      const cluster = clusters.find((candidate) => metric.clusterIds.includes(candidate.id))!;
      expect(metric.supportingAspectIds).toEqual([...cluster.aspectIds].sort());
      expect(metric.id).toBe(contentId('met', cluster.id));
      expect(metric.prevalence).toBeCloseTo(cluster.aspectIds.length / aspects.length, 12);
      for (const [examples, sign] of [[metric.goodExamples, 'positive'], [metric.badExamples, 'negative']] as const) {
        for (const example of examples) {
          const aspect = aspectById.get(example.aspectId)!;
          expect(cluster.aspectIds).toContain(example.aspectId);
          expect({ feedbackId: example.feedbackId, behaviour: example.behaviour, sign }).toEqual({ feedbackId: aspect.feedbackId, behaviour: aspect.behaviour, sign: aspect.sign });
        }
      }
    }
  });

  it('ranks examples by closeness to the centroid when embeddings are given, and is deterministic', () => {
    const embeddings = new Map(aspects.map((aspect, index) => [aspect.id, Float32Array.from([1, index / 10])]));
    expect(draftMetricsOffline({ clusters, aspects, feedback, embeddings })).toEqual(draftMetricsOffline({ clusters, aspects, feedback, embeddings }));
    expect(draftMetricsOffline({ clusters: [...clusters].reverse(), aspects, feedback })).toEqual(metrics);
  });
});
