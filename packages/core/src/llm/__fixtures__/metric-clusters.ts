import type { Aspect, Sign } from '../../schemas/aspect.ts';
import type { Cluster } from '../../schemas/cluster.ts';
import type { Feedback } from '../../schemas/feedback.ts';

function aspect(id: string, behaviour: string, sign: Sign, critique: string): Aspect {
  return { id, feedbackId: `fb-${id}`, behaviour, sign, evidence: { critique: { quote: critique, start: 0, end: critique.length } }, engine: 'llm' };
}

export const metricAspects: Aspect[] = [
  aspect('a1', 'Wrote a long answer with repeated explanations', 'negative', 'way too long'),
  aspect('a2', 'Padded the answer with a restated question', 'negative', 'it just repeated my question'),
  aspect('a3', 'Answered in two short sentences', 'positive', 'short and sweet, thanks'),
  aspect('a4', 'Wrote a long answer with repeated explanations', 'negative', 'rambling'),
  aspect('b1', 'Cited a source for each claim', 'positive', 'love the citations'),
  aspect('b2', 'Made a claim without any source', 'negative', 'where is this from?'),
  aspect('b3', 'Linked to an outdated source', 'negative', 'that link is from 2012'),
  aspect('c1', 'Used a numbered list for the steps', 'positive', 'easy to follow steps'),
  aspect('c2', 'Put all steps in one long paragraph', 'negative', 'wall of text'),
];

function cluster(id: string, aspectIds: string[], medoidAspectId: string): Cluster {
  const members = metricAspects.filter((item) => aspectIds.includes(item.id));
  return {
    id,
    aspectIds: [...aspectIds].sort(),
    medoidAspectId,
    terms: [],
    meanProbability: 1,
    reassignedAspectIds: [],
    sign: { positive: members.filter((item) => item.sign === 'positive').length, negative: members.filter((item) => item.sign === 'negative').length },
  };
}

export const metricClusters: Cluster[] = [cluster('clu-length', ['a1', 'a2', 'a3', 'a4'], 'a1'), cluster('clu-sources', ['b1', 'b2', 'b3'], 'b2'), cluster('clu-format', ['c1', 'c2'], 'c1')];

/** Toy embeddings: length ≈ x, sources ≈ y, format between length and sources but closer to length. */
export const metricEmbeddings = new Map<string, Float32Array>([
  ['a1', Float32Array.of(1, 0, 0)],
  ['a2', Float32Array.of(0.95, 0.05, 0)],
  ['a3', Float32Array.of(0.9, 0, 0.1)],
  ['a4', Float32Array.of(1, 0, 0)],
  ['b1', Float32Array.of(0, 1, 0)],
  ['b2', Float32Array.of(0.1, 0.9, 0)],
  ['b3', Float32Array.of(0, 0.95, 0.05)],
  ['c1', Float32Array.of(0.6, 0, 0.8)],
  ['c2', Float32Array.of(0.7, 0.1, 0.7)],
]);

export const metricFeedback: Feedback[] = metricAspects.map((item) => ({ id: item.feedbackId, critique: item.evidence.critique.quote, metadata: {} }));
