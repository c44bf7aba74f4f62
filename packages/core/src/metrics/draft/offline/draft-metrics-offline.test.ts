import { describe, expect, it } from 'vitest';
import { metricSchema } from '../../../schemas/metric.ts';
import { contentId } from '../../../util/content-id.ts';
import { smallRun } from '../../../drafting/__fixtures__/small-run.ts';
import { clusteredRun } from '../../../drafting/__fixtures__/clustered-run.ts';
import { contentTokens } from '../../../text/content-tokens.ts';
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
          "definition": "Whether the assistant's answer is far too long for a yes or no question. Grounded in 4 user comments (3 negative, 1 positive) about answer.",
          "name": "Answer is far too long",
          "prevalence": 0.5,
          "signBalance": {
            "negative": 3,
            "positive": 1,
          },
        },
        {
          "applicability": "Applies when the task or the reply involves emojis, reply or formal complaint; otherwise rate it 0 (not applicable).",
          "definition": "Whether the assistant uses emojis in a formal complaint. Grounded in 3 user comments (2 negative, 1 positive) about emojis, reply and formal complaint.",
          "name": "Uses emojis in a formal complaint",
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

describe('draftMetricsOffline names and definitions', () => {
  const { feedback, aspects, clusters } = clusteredRun({
    escalation: ['did not escalate when I asked for a human', 'transferred me to a human agent right away', 'refused to hand me over to a human', 'escalated to a human as soon as I asked'],
    length: ['the answer was far too long for a simple question', 'way too long, I just wanted a yes or no', 'kept the answer short, thanks', 'padded a simple answer with filler'],
    products: ['my gaming chair stopped working after a week', 'the blender arrived damaged', 'my air fryer stopped working after a week', 'the coffee grinder arrived broken'],
    placeholders: ['__company__ ignored my refund request', 'told <cust__ to wait for a refund', 'ignored my refund request', 'ignored the refund request again'],
  });
  const metrics = draftMetricsOffline({ clusters, aspects, feedback });
  const metricOf = (index: number) => metrics.find((metric) => metric.clusterIds[0] === clusters[index]!.id)!;

  it('names each metric with a behaviour phrase of its members, not topic nouns', () => {
    expect(clusters.map((_, index) => metricOf(index).name)).toMatchInlineSnapshot(`
      [
        "Escalates to a human as soon as asked",
        "Answer is far too long",
        "Users mention arrived",
        "Ignores the user's refund request",
      ]
    `);
  });

  it('defines each metric from a member of its own cluster that is lexically closest to that cluster', () => {
    const memberStems = clusters.map((cluster) => new Set(aspects.filter((aspect) => cluster.aspectIds.includes(aspect.id)).flatMap((aspect) => contentTokens(aspect.behaviour).map((token) => token.stem))));
    for (const [index] of clusters.entries()) {
      if (index === 2) continue;
      const sentence = metricOf(index).definition.replace(/ Grounded in .*$/u, '');
      const stems = contentTokens(sentence).map((token) => token.stem);
      const overlap = memberStems.map((members) => stems.filter((stem) => members.has(stem)).length);
      expect(overlap[index], sentence).toBe(Math.max(...overlap));
      expect(sentence).toMatch(/^Whether the assistant/u);
    }
  });

  it('says so when no member describes what the assistant did, rather than defining a product complaint', () => {
    expect(metricOf(2).definition).toMatch(/^Whether users mention .* \(no member says what the assistant did\)\./u);
    expect(metricOf(2).definition).not.toMatch(/stopped working|arrived damaged/u);
  });

  it('never puts a placeholder token in a name, definition or example', () => {
    for (const metric of metrics) {
      for (const text of [metric.name, metric.definition, metric.applicability ?? '', ...metric.goodExamples.map((example) => example.behaviour), ...metric.badExamples.map((example) => example.behaviour)]) expect(text).not.toMatch(/__|<cust/u);
    }
    expect(metricOf(3).badExamples.length).toBeGreaterThan(0);
  });
});
