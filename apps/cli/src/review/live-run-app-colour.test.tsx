import { afterEach, describe, expect, it } from 'vitest';

// ink decides its colour level when chalk first loads, so force colour before loading it (own test file,
// own module graph) and check that colour={false} (NO_COLOR) still draws no escape.
process.env.FORCE_COLOR = '1';
const { renderAtSize } = await import('../test/render-at-size.tsx');
const { LiveRunApp } = await import('./live-run-app.tsx');
const { createLiveRunStore } = await import('./live-run-store.ts');

let unmounts: (() => void)[] = [];
afterEach(() => {
  for (const unmount of unmounts) unmount();
  unmounts = [];
});

async function frameOf(colour: boolean): Promise<string> {
  let time = 0;
  const store = createLiveRunStore({ now: () => time });
  const screen = renderAtSize(<LiveRunApp store={store} colour={colour} onExit={() => {}} onInterrupt={() => {}} />, { columns: 80, rows: 24 });
  unmounts.push(screen.unmount);
  store.onRunStart?.({ engine: 'offline' });
  store.onEvent({ type: 'stage-end', stage: 'ingest', durationMs: 30, counts: { kept: 10 } });
  store.onEvent({ type: 'stage-start', stage: 'ground', total: 10 });
  time = 1000;
  store.onEvent({ type: 'stage-progress', stage: 'ground', completed: 5, total: 10 });
  await screen.settle();
  return screen.lastFrame();
}

describe('LiveRunApp colours', () => {
  it('draws colour by default and none with colour={false} (NO_COLOR)', async () => {
    expect(await frameOf(true)).toContain('\u001B[');
    const plain = await frameOf(false);
    expect(plain).not.toContain('\u001B[');
    expect(plain).toContain('› ground       5/10 50%         ETA 1 s');
    expect(plain).toContain('Spend so far offline — no spend');
  });
});
