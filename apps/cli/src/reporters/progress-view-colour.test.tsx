import { describe, expect, it } from 'vitest';

// ink decides its colour level when chalk first loads, so force colour before loading it (own test file,
// own module graph) and check that colour={false} still draws no escape.
process.env.FORCE_COLOR = '1';
const { render, cleanup } = await import('ink-testing-library');
const { ProgressView } = await import('./progress-view.tsx');
const { createProgressReducer, initialProgressState, withEngine } = await import('./progress-state.ts');

describe('ProgressView colours', () => {
  it('draws colour by default and none with colour={false} (NO_COLOR)', () => {
    let time = 0;
    const reduceProgress = createProgressReducer({ now: () => time });
    let state = reduceProgress(withEngine(initialProgressState, 'offline'), { type: 'stage-end', stage: 'ingest', durationMs: 30, counts: { kept: 360 } });
    state = reduceProgress(state, { type: 'warning', message: 'careful' });
    state = reduceProgress(state, { type: 'stage-start', stage: 'ground', total: 4 });
    time = 1000;
    state = reduceProgress(state, { type: 'stage-progress', stage: 'ground', completed: 1, total: 4 });
    const coloured = render(<ProgressView state={state} width={8} />).lastFrame() ?? '';
    const plain = render(<ProgressView state={state} width={8} colour={false} />).lastFrame() ?? '';
    cleanup();
    expect(coloured).toContain('\u001B[');
    expect(plain).toBe('✓ ingest — kept 360\n! careful\nground ██░░░░░░ 25% 1/4 · ETA 3 s\nspend so far: offline — no spend');
  });
});
