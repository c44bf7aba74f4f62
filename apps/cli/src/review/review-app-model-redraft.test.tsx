import { MockLanguageModelV4 } from 'ai/test';
import { afterEach, describe, expect, it } from 'vitest';
import { keys, renderAtSize } from '../test/render-at-size.tsx';
import { scriptedDraftModel } from './__fixtures__/scripted-draft-model.ts';
import { syntheticReviewArtefacts } from './__fixtures__/synthetic-review-artefacts.ts';
import { ReviewApp } from './review-app.tsx';
import { createReviewController, memoryDecisionLog } from './session/create-review-controller.ts';
import type { ReviewModelDrafter } from './session/model-redraft.ts';

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

async function open(options: { drafter?: ReviewModelDrafter; log?: ReturnType<typeof memoryDecisionLog> } = {}) {
  const log = options.log ?? memoryDecisionLog();
  const controller = await createReviewController(syntheticReviewArtefacts({ critiques: 40 }), log, options.drafter ? { drafter: options.drafter } : {});
  const screen = renderAtSize(<ReviewApp controller={controller} colour={false} onExit={() => undefined} />, { columns: 80, rows: 24 });
  unmount = screen.unmount;
  await screen.settle();
  return { ...screen, log };
}

/** Merges the second cluster into the first, then puts the cursor on the merged (redrafted) cluster. */
async function mergeFirstTwo(screen: Awaited<ReturnType<typeof open>>) {
  await screen.press('2', keys.down, 'm', keys.up, 'm');
  await screen.waitForFrame((text) => text.includes('2 Clusters (3)'));
  await screen.press('g');
}

const footer = (frame: string) => frame.split('\n').slice(-2).join('\n');

describe('ReviewApp model redraft (D)', () => {
  it('shows the planned calls and cost, cancels with n without a call, and replaces the offline draft on y', async () => {
    const model = scriptedDraftModel();
    const screen = await open({ drafter: { model, name: 'mock:model', price: { input: 0.15, output: 0.6 } } });
    await mergeFirstTwo(screen);
    expect(screen.lastFrame().split('\n')[2]).toMatchInlineSnapshot(`"›    20   11    9 Explains the refund policy refund · policy · order · language…"`);

    await screen.press('D');
    expect(footer(await screen.waitForFrame((text) => text.includes('redraft: ')))).toMatchInlineSnapshot(`
      "redraft: 2 calls (metric, principle) to mock:model ≈ 1,732 tokens ≈ $0.0003
      y drafts with the model · any other key cancels (no call made)"
    `);
    await screen.press('n');
    expect(footer(await screen.waitForFrame((text) => text.includes('cancelled')))).toMatchInlineSnapshot(`
      "model redraft cancelled: no call made
      ? help · tab/1-5 screens · / search · u undo · q quit"
    `);
    expect(model.doGenerateCalls).toHaveLength(0);

    await screen.press('D');
    await screen.waitForFrame((text) => text.includes('redraft: '));
    await screen.press('y');
    const frame = await screen.waitForFrame((text) => text.includes('model draft:'));
    expect(model.doGenerateCalls).toHaveLength(2);
    expect(frame.split('\n')[2]).toMatchInlineSnapshot(`"›    20   11    9 Refund Explanation Quality refund · policy · order · language…"`);
    expect(footer(frame)).toMatchInlineSnapshot(`
      "model draft: “Refund Explanation Quality” · spent 2 calls, 900 tokens, $0.0002
      ? help · tab/1-5 screens · / search · u undo · q quit"
    `);
    expect(Object.values(screen.log.modelDrafts).map((draft) => [draft.model, draft.metrics.map((metric) => metric.name), draft.principles.map((principle) => principle.text)])).toMatchInlineSnapshot(`
      [
        [
          "mock:model",
          [
            "Refund Explanation Quality",
          ],
          [
            "The assistant should explain the refund policy in the customer’s language.",
          ],
        ],
      ]
    `);
    await screen.press('3');
    expect(await screen.waitForFrame((text) => text.includes('3 Metrics'))).toContain('Refund Explanation Quality');

    // A restart reads the model drafts back: the merged cluster keeps them, with no model configured now.
    screen.unmount();
    const reopened = await open({ log: screen.log });
    await reopened.press('2');
    expect((await reopened.waitForFrame((text) => text.includes('size'))).split('\n')[2]).toContain('Refund Explanation Quality');
  });

  it('keeps the offline draft and says so when the model fails', async () => {
    const model = new MockLanguageModelV4({ doGenerate: async () => { throw new Error('HTTP 500 from the provider'); } });
    const screen = await open({ drafter: { model, name: 'mock:model' } });
    await mergeFirstTwo(screen);
    const before = screen.lastFrame().split('\n')[2];
    await screen.press('D');
    expect(footer(await screen.waitForFrame((text) => text.includes('redraft: ')))).toContain('cost unknown');
    await screen.press('y');
    const frame = await screen.waitForFrame((text) => text.includes('failed'));
    expect(frame.split('\n').at(-2)).toMatchInlineSnapshot(`"model failed (metric: HTTP 500 from the provider); offline draft kept · spent 2…"`);
    expect(frame.split('\n')[2]).toBe(before);
    expect(screen.log.modelDrafts).toEqual({});
  });

  it('says which flag to pass without a model, and refuses a cluster that was not redrafted', async () => {
    const screen = await open();
    await mergeFirstTwo(screen);
    await screen.press('D');
    expect(footer(await screen.waitForFrame((text) => text.includes('no model')))).toMatchInlineSnapshot(`
      "no model: start the review with --model <spec> (e.g. -m openai:gpt-4o-mini)
      ? help · tab/1-5 screens · / search · u undo · q quit"
    `);

    const withModel = await open({ drafter: { model: scriptedDraftModel(), name: 'mock:model' } });
    await withModel.press('2', 'D');
    expect(footer(await withModel.waitForFrame((text) => text.includes('only a cluster')))).toMatchInlineSnapshot(`
      "only a cluster changed by a merge, split or noise decision is redrafted (this o…
      ? help · tab/1-5 screens · / search · u undo · q quit"
    `);
  });
});
