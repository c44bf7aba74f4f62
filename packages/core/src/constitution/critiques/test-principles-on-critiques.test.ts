import { expect, it } from 'vitest';
import type { Aspect } from '../../schemas/aspect.ts';
import type { Cluster } from '../../schemas/cluster.ts';
import type { Feedback } from '../../schemas/feedback.ts';
import type { Principle } from '../../schemas/principle.ts';
import { callText, reply, scriptedConstitutionModel } from '../__fixtures__/scripted-constitution-model.ts';
import { testPrinciplesOnCritiques } from './test-principles-on-critiques.ts';

// Ten critiqued responses; the principle's cluster holds complaints about f0–f3 and praise of f4–f5.
const feedback: Feedback[] = Array.from({ length: 10 }, (_, index) => ({
  id: `f${index}`,
  critique: index < 4 ? 'Too long.' : index < 6 ? 'Nice and short.' : 'Wrong language.',
  context: { prompt: 'Question?', response: index < 4 ? `LONG answer ${index}` : `short answer ${index}` },
  metadata: {},
}));
const aspect = (index: number, sign: Aspect['sign']): Aspect => ({ id: `a${index}`, feedbackId: `f${index}`, behaviour: 'answer length', sign, evidence: { critique: { quote: 'x', start: 0, end: 1 } }, engine: 'llm' });
const aspects = [0, 1, 2, 3].map((index) => aspect(index, 'negative')).concat([4, 5].map((index) => aspect(index, 'positive')));
const clusters: Cluster[] = [{ id: 'c1', aspectIds: aspects.map((entry) => entry.id), medoidAspectId: 'a0', terms: ['length'], meanProbability: 1, reassignedAspectIds: [], sign: { positive: 2, negative: 4 } }];
const principles: Principle[] = [{ id: 'pri1', text: 'The assistant should answer briefly.', supportingFeedbackIds: ['f0', 'f4'], support: { feedback: 6, aspects: 6, positive: 2, negative: 4 }, exampleCritiques: [], clusterId: 'c1', engine: 'llm' }];

it('rates held-out responses against the principle and counts complaints caught, praise agreed and false fires (hand-computed)', async () => {
  // The judge says −1 for "LONG" responses and for f9 (a false fire), +1 otherwise.
  const model = scriptedConstitutionModel({
    plantedWords: [],
    override: (call) => {
      const { user } = callText(call);
      const id = /exactly once: ([^.]+)\./.exec(user)![1]!.split(', ')[0]!;
      const rating = /LONG|answer 9/.test(user) ? -1 : 1;
      return reply(JSON.stringify({ ratings: [{ metricId: id, reasoning: 'scripted', rating }] }));
    },
  });
  const result = await testPrinciplesOnCritiques({ principles, feedback, aspects, clusters, metrics: [], model, heldOutFraction: 1, seed: 1 });
  expect(result.heldOutFeedbackIds).toEqual(feedback.map((record) => record.id));
  // complaints f0–f3 all caught; praise f4, f5 agreed; others f6–f9, f9 fired.
  expect(result.principles[0]!.critiqueTest).toEqual({ items: 10, complaints: 4, caught: 4, praised: 2, praiseAgreed: 2, others: 4, falseFires: 1, unscored: 0, agreement: 1, falseFireRate: 0.25 });
  expect(result.principles[0]!.tested).toBe('critiques');
  expect(model.doGenerateCalls).toHaveLength(10);
});

it('counts an unusable judge reply as unscored, never as a miss', async () => {
  const model = scriptedConstitutionModel({
    plantedWords: [],
    override: (call) => {
      const { user } = callText(call);
      if (user.includes('LONG answer 0')) return reply('not json');
      const id = /exactly once: ([^.]+)\./.exec(user)![1]!.split(', ')[0]!;
      return reply(JSON.stringify({ ratings: [{ metricId: id, reasoning: 'scripted', rating: /LONG/.test(user) ? -1 : 0 }] }));
    },
  });
  const result = await testPrinciplesOnCritiques({ principles, feedback, aspects, clusters, metrics: [], model, heldOutFraction: 1, seed: 1 });
  expect(result.principles[0]!.critiqueTest).toMatchObject({ complaints: 3, caught: 3, praised: 2, praiseAgreed: 0, unscored: 1, agreement: 0.6 });
});
