import type { Aspect, Cluster, Feedback, Metric, Principle } from '@tenets/core';
import type { ReviewArtefacts } from '../review-artefacts.ts';

const topics = [
  { terms: ['refund', 'policy', 'order'], behaviour: 'explained the refund policy clearly', critique: 'Great, it explained the refund policy clearly and fast.', sign: 'positive' as const, principle: 'Explain the refund policy clearly.' },
  { terms: ['emoji', 'formal', 'tone'], behaviour: 'used emojis in a formal email', critique: 'Please stop: it used emojis in a formal email to my boss.', sign: 'negative' as const, principle: 'Do not use emojis in formal emails.' },
  { terms: ['language', 'german', 'spanish'], behaviour: 'answered in spanish when asked in german', critique: 'So it answered in spanish when asked in german! Do better.', sign: 'negative' as const, principle: 'Answer in the language the user asked in.' },
  { terms: ['agent', 'escalate', 'human'], behaviour: 'transferred the user to a human agent', critique: 'Thanks, it transferred the user to a human agent right away.', sign: 'positive' as const, principle: 'Hand over to a human agent when asked.' },
];

export interface SyntheticReviewOptions {
  critiques: number;
  /** @default 4 */
  clusters?: number;
  /** Every n-th aspect is noise. @default 10 */
  noiseEvery?: number;
  runDir?: string;
}

/** A deterministic synthetic run (SYNTHETIC: no real users) of any size, for screen tests and the benchmark. */
export function syntheticReviewArtefacts({ critiques, clusters: clusterCount = 4, noiseEvery = 10, runDir = 'runs/synthetic' }: SyntheticReviewOptions): ReviewArtefacts {
  const pad = (index: number) => String(index).padStart(5, '0');
  const feedback: Feedback[] = [];
  const aspects: Aspect[] = [];
  const members: string[][] = Array.from({ length: clusterCount }, () => []);
  const noise: string[] = [];
  for (let index = 0; index < critiques; index++) {
    const cluster = index % clusterCount;
    const topic = topics[cluster % topics.length]!;
    const critique = `#${index} ${topic.critique}`;
    const start = critique.indexOf(topic.behaviour.split(' ')[0]!);
    feedback.push({ id: `fb-${pad(index)}`, critique, context: { prompt: `Question ${index}`, response: `Response ${index}: here is what I did about ${topic.terms[0]}.` }, metadata: {} });
    const aspect: Aspect = {
      id: `asp-${pad(index)}`,
      feedbackId: `fb-${pad(index)}`,
      behaviour: topic.behaviour,
      sign: index % 7 === 0 ? (topic.sign === 'positive' ? 'negative' : 'positive') : topic.sign,
      evidence: { critique: { quote: critique.slice(start, start + topic.behaviour.length), start, end: start + topic.behaviour.length } },
      engine: 'offline',
    };
    aspects.push(aspect);
    if (noiseEvery > 0 && index % noiseEvery === noiseEvery - 1) noise.push(aspect.id);
    else members[cluster]!.push(aspect.id);
  }
  const aspectById = new Map(aspects.map((aspect) => [aspect.id, aspect]));
  const clusters: Cluster[] = members.map((aspectIds, index) => {
    const positive = aspectIds.filter((id) => aspectById.get(id)!.sign === 'positive').length;
    return { id: `clu-${index}`, aspectIds, medoidAspectId: aspectIds[0] ?? '', terms: topics[index % topics.length]!.terms, meanProbability: 0.9, reassignedAspectIds: [], sign: { positive, negative: aspectIds.length - positive } };
  });
  const metrics: Metric[] = clusters.map((cluster, index) => {
    const topic = topics[index % topics.length]!;
    const example = (id: string) => ({ aspectId: id, feedbackId: aspectById.get(id)!.feedbackId, behaviour: aspectById.get(id)!.behaviour });
    return {
      id: `met-${index}`,
      name: `${topic.terms[0]![0]!.toUpperCase()}${topic.terms[0]!.slice(1)} handling`,
      definition: `Whether the assistant ${topic.behaviour}.`,
      applicability: `Applies when the task involves ${topic.terms[0]}.`,
      goodExamples: cluster.aspectIds.filter((id) => aspectById.get(id)!.sign === 'positive').slice(0, 2).map(example),
      badExamples: cluster.aspectIds.filter((id) => aspectById.get(id)!.sign === 'negative').slice(0, 2).map(example),
      supportingAspectIds: cluster.aspectIds,
      clusterIds: [cluster.id],
      prevalence: critiques === 0 ? 0 : cluster.aspectIds.length / critiques,
      signBalance: cluster.sign,
      engine: 'offline',
      version: 1,
    };
  });
  const principles: Principle[] = clusters.map((cluster, index) => {
    const topic = topics[index % topics.length]!;
    const supportingFeedbackIds = cluster.aspectIds.map((id) => aspectById.get(id)!.feedbackId);
    return {
      id: `pri-${index}`,
      text: topic.principle,
      supportingFeedbackIds,
      support: { feedback: supportingFeedbackIds.length, aspects: cluster.aspectIds.length, positive: cluster.sign.positive, negative: cluster.sign.negative },
      exampleCritiques: supportingFeedbackIds.slice(0, 2).map((feedbackId) => ({ feedbackId, critique: feedback[Number(feedbackId.slice(3))]!.critique })),
      clusterId: cluster.id,
      metricId: `met-${index}`,
      engine: 'offline',
    };
  });
  return {
    runDir,
    run: {
      engine: 'offline',
      engineNote: 'Produced by the Tenets offline engine (SYNTHETIC fixture).',
      models: { embedding: 'tenets:lexical-tfidf-lsa', clusterer: 'tenets-hdbscan' },
      seed: 42,
      options: {},
      inputs: [{ path: 'fixtures/synthetic/feedback.jsonl', sha256: '00', bytes: critiques * 100 }],
      counts: { rejected: 2 },
      timings: { ingest: 12, ground: 30, embed: 40, cluster: 25, metrics: 8, principles: 3, total: 118 },
      usage: { stages: {}, total: { calls: 0, inputTokens: 0, outputTokens: 0, totalTokens: 0, cachedCalls: 0, failedCalls: 0 } },
      warnings: [],
    },
    feedback,
    aspects,
    clustering: { engine: 'offline', clusterer: 'tenets-hdbscan', parameters: {}, clusters, noiseAspectIds: noise, reassigned: [] },
    metrics,
    constitution: { engine: 'offline', principles },
  };
}
