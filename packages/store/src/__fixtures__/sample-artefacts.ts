import type { Aspect, Clustering, Feedback, MetricsFile } from '@tenets/core';

export const sampleFeedback: Feedback[] = [
  { id: 'f1', critique: 'It used emojis in a formal complaint reply.', metadata: {} },
  { id: 'f2', critique: 'Short and direct, thank you.', metadata: {} },
];

export const sampleAspects: Aspect[] = [
  { id: 'a1', feedbackId: 'f1', behaviour: 'used emojis in a formal reply', sign: 'negative', evidence: { critique: { quote: 'used emojis', start: 3, end: 14 } }, engine: 'offline' },
  { id: 'a2', feedbackId: 'f2', behaviour: 'short and direct', sign: 'positive', evidence: { critique: { quote: 'Short and direct', start: 0, end: 16 } }, engine: 'offline' },
];

export const sampleClustering: Clustering = {
  engine: 'offline',
  clusterer: 'test',
  parameters: {},
  clusters: [{ id: 'c1', aspectIds: ['a1', 'a2'], medoidAspectId: 'a1', terms: ['emojis'], meanProbability: 1, reassignedAspectIds: [], sign: { positive: 1, negative: 1 } }],
  noiseAspectIds: [],
  reassigned: [],
};

export const sampleMetrics: MetricsFile = {
  engine: 'offline',
  metrics: [{ id: 'm1', name: 'Emoji Use', definition: 'Whether the reply avoids emojis in formal contexts.', goodExamples: [], badExamples: [], supportingAspectIds: ['a1', 'a2'], clusterIds: ['c1'], prevalence: 1, signBalance: { positive: 1, negative: 1 }, engine: 'offline', version: 1 }],
};
