import { expect, it } from 'vitest';
import { reply, roleModel } from '../__fixtures__/role-models.ts';
import type { PrincipleScope } from '../schemas/principle-scope.ts';
import { verifyAnchors } from './verify-anchors.ts';

const scope: PrincipleScope = { principleId: 'pri_1', principle: 'No emojis in emails to my boss.', domain: 'emails to the boss', effect: 'use no emojis', polarity: 'avoid', source: 'model' };
const anchors = Array.from({ length: 5 }, (_, index) => ({ id: `spr_${index}`, prompt: `Text my friend ${index}`, baseline: `Hey 🙂 ${index}` }));

it('judges anchors several per call; omitted items are unscored and a failed call leaves its batch unscored', async () => {
  const model = roleModel('verifier-1', ({ index }) =>
    index === 0
      ? { json: { items: [{ id: 'a1', applies: false, reason: 'a text to a friend' }, { id: 'A2', applies: true, reason: 'reads like a work email' }] } }
      : reply('not json'),
  );
  const result = await verifyAnchors({ scope, anchors, model, perCall: 3, concurrency: 1 });
  expect(result.calls).toBe(2);
  expect(Object.fromEntries(result.leftAlone)).toEqual({
    spr_0: { leftAlone: true, reason: 'a text to a friend' },
    spr_1: { leftAlone: false, reason: 'reads like a work email' },
    spr_2: { leftAlone: null, reason: 'missing from the reply' },
    spr_3: { leftAlone: null, reason: 'verifier reply unusable' },
    spr_4: { leftAlone: null, reason: 'verifier reply unusable' },
  });
  expect(result.failures).toMatchObject([{ step: 'verify-anchors', itemId: 'pri_1/anchors/1', rawText: 'not json' }]);
});
