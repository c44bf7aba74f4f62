import { afterEach, describe, expect, it } from 'vitest';
import { renderAtSize } from '../test/render-at-size.tsx';
import { syntheticReviewArtefacts } from './__fixtures__/synthetic-review-artefacts.ts';
import { LiveRunApp } from './live-run-app.tsx';
import { createLiveRunStore } from './live-run-store.ts';
import { createReviewController, memoryDecisionLog } from './session/create-review-controller.ts';

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

/** A live run on a clock the test moves, rendered at 80×24 without colour (NO_COLOR). */
function open(options: { colour?: boolean } = {}) {
  let time = 0;
  const store = createLiveRunStore({ now: () => time });
  const calls = { exited: 0, interrupted: 0 };
  const screen = renderAtSize(<LiveRunApp store={store} colour={options.colour ?? false} onExit={() => void calls.exited++} onInterrupt={() => void calls.interrupted++} />, { columns: 80, rows: 24 });
  unmount = screen.unmount;
  return { ...screen, store, calls, at: (milliseconds: number) => void (time = milliseconds) };
}

describe('LiveRunApp', () => {
  it('shows each stage with items done, the ETA and the spend so far while a model run is going, at 80×24', async () => {
    const screen = open();
    screen.store.onRunStart?.({ engine: 'model' });
    screen.store.onEvent({ type: 'stage-start', stage: 'ingest', total: 2 * 1_048_576 });
    screen.at(120);
    screen.store.onEvent({ type: 'stage-end', stage: 'ingest', durationMs: 120, counts: { kept: 400 } });
    screen.store.onEvent({ type: 'stage-start', stage: 'ground', total: 400 });
    screen.at(40_120);
    screen.store.onEvent({ type: 'stage-end', stage: 'ground', durationMs: 40_000, counts: { aspects: 610 }, usage: { calls: 400, inputTokens: 180_000, outputTokens: 42_000, totalTokens: 222_000, cachedCalls: 0, failedCalls: 0, costUsd: 0.1234 } });
    screen.store.onEvent({ type: 'warning', stage: 'ground', message: '3 critiques had no groundable behaviour' });
    screen.store.onEvent({ type: 'stage-start', stage: 'embed', total: 610 });
    screen.at(50_120);
    screen.store.onEvent({ type: 'stage-progress', stage: 'embed', completed: 122, total: 610 });
    await screen.settle();
    expect(screen.lastFrame()).toMatchInlineSnapshot(`
      "[1 Overview]  2 Clusters   3 Metrics   4 Principles  (when the run ends)
      Run in progress — the other screens open when it ends
        stage        done             time       spend
      ✓ ingest       2.0/2.0 MB       120 ms
      ✓ ground       400/400          40.0 s     222,000 tok · $0.1234
      › embed        122/610 20%      ETA 40 s
      Spend so far 222,000 tokens (180,000 in, 42,000 out) · $0.1234
      ! 3 critiques had no groundable behaviour














      the review opens when the run ends · ctrl-c stops the run"
    `);
    expect(screen.lastFrame().split('\n').every((line) => line.length <= 80)).toBe(true);
  });

  it('says "offline — no spend" without a model, ignores review keys until the run ends, then opens the review', async () => {
    const screen = open();
    screen.store.onRunStart?.({ engine: 'offline' });
    screen.store.onEvent({ type: 'stage-start', stage: 'embed' });
    await screen.press('2', 'q');
    const running = screen.lastFrame();
    expect(running).toContain('› embed        …                …');
    expect(running).toContain('Spend so far offline — no spend');
    expect(screen.calls.exited).toBe(0);

    screen.at(4000);
    screen.store.onEvent({ type: 'stage-end', stage: 'embed', durationMs: 4000, counts: { embedded: 40 } });
    screen.store.finish();
    screen.store.openReview(await createReviewController(syntheticReviewArtefacts({ critiques: 40 }), memoryDecisionLog()));
    await screen.settle();
    expect(screen.lastFrame().split('\n')[0]).toBe('[1 Overview]  2 Clusters (4)   3 Metrics (4)   4 Principles (4)');
    await screen.press('2');
    expect(screen.lastFrame()).toContain('Refund handling');
    await screen.press('q');
    await screen.waitForFrame(() => screen.calls.exited === 1);
  });

  it('stops the run on ctrl-c while it is going', async () => {
    const screen = open();
    screen.store.onEvent({ type: 'stage-start', stage: 'ground', total: 10 });
    await screen.settle();
    await screen.press('\u0003');
    expect(screen.calls.interrupted).toBe(1);
  });

});
