import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { initialProgressState, reduceProgress } from './progress-state.ts';
import { ProgressView } from './progress-view.tsx';

afterEach(() => cleanup());

describe('reduceProgress', () => {
  it('keeps finished stages and warnings as lines and tracks the running stage', () => {
    let state = initialProgressState;
    state = reduceProgress(state, { type: 'stage-start', stage: 'ground', total: 4 });
    state = reduceProgress(state, { type: 'stage-progress', stage: 'ground', completed: 2, total: 4 });
    expect(state.active).toEqual({ stage: 'ground', completed: 2, total: 4 });
    state = reduceProgress(state, { type: 'warning', message: '1 aspect had an empty embedding' });
    state = reduceProgress(state, { type: 'stage-end', stage: 'ground', durationMs: 12.4, counts: { aspects: 5, ungroundable: 0 } });
    expect(state.active).toBeUndefined();
    expect(state.lines.map((line) => `${line.kind}: ${line.text}`)).toEqual(['warning: 1 aspect had an empty embedding', 'stage: ground 12 ms — aspects 5']);
  });
});

describe('ProgressView', () => {
  it('draws finished lines once and a bar for the running stage', () => {
    let state = reduceProgress(initialProgressState, { type: 'stage-end', stage: 'ingest', durationMs: 30, counts: { kept: 360 } });
    state = reduceProgress(state, { type: 'stage-progress', stage: 'ground', completed: 1, total: 4 });
    const { lastFrame } = render(<ProgressView state={state} width={8} />);
    expect(lastFrame()).toMatchInlineSnapshot(`
      "✓ ingest 30 ms — kept 360
      ground ██░░░░░░ 25%"
    `);
  });
});
