import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { createProgressReducer, initialProgressState } from './progress-state.ts';
import { ProgressView } from './progress-view.tsx';

afterEach(() => cleanup());

describe('createProgressReducer', () => {
  it('keeps finished stages and warnings as lines and tracks the running stage', () => {
    const reduceProgress = createProgressReducer();
    let state = initialProgressState;
    state = reduceProgress(state, { type: 'stage-start', stage: 'ground', total: 4 });
    state = reduceProgress(state, { type: 'stage-progress', stage: 'ground', completed: 2, total: 4 });
    expect(state.active).toEqual({ stage: 'ground', completed: 2, total: 4 });
    state = reduceProgress(state, { type: 'warning', message: '1 aspect had an empty embedding' });
    state = reduceProgress(state, { type: 'stage-end', stage: 'ground', durationMs: 12.4, counts: { aspects: 5, ungroundable: 0 } });
    expect(state.active).toBeUndefined();
    expect(state.lines.map((line) => `${line.kind}: ${line.text}`)).toEqual(['warning: 1 aspect had an empty embedding', 'stage: ground — aspects 5']);
  });

  it('lists the first bad ingest rows, counts the rest, and escapes control characters from the input', () => {
    const reduceProgress = createProgressReducer();
    let state = initialProgressState;
    for (let line = 1; line <= 5; line += 1) {
      state = reduceProgress(state, { type: 'item-failed', stage: 'ingest', itemId: `evil\u001B[31m.jsonl:${line}`, reason: 'invalid_json', message: 'bad\u0000row' });
    }
    state = reduceProgress(state, { type: 'stage-end', stage: 'ingest', durationMs: 3, counts: { kept: 0, rejected: 5 } });
    expect(state.lines.map((line) => line.text)).toMatchInlineSnapshot(`
      [
        "ingest: evil\\x1b[31m.jsonl:1 failed (invalid_json): bad\\x00row",
        "ingest: evil\\x1b[31m.jsonl:2 failed (invalid_json): bad\\x00row",
        "ingest: evil\\x1b[31m.jsonl:3 failed (invalid_json): bad\\x00row",
        "ingest — rejected 5 (2 more bad rows not listed; all are in the rejects file)",
      ]
    `);
  });
});

describe('ProgressView', () => {
  const state = () => {
    const reduceProgress = createProgressReducer();
    const ended = reduceProgress(initialProgressState, { type: 'stage-end', stage: 'ingest', durationMs: 30, counts: { kept: 360 } });
    return reduceProgress(ended, { type: 'stage-progress', stage: 'ground', completed: 1, total: 4 });
  };

  it('draws finished lines once and a bar for the running stage', () => {
    const { lastFrame } = render(<ProgressView state={state()} width={8} />);
    expect(lastFrame()).toMatchInlineSnapshot(`
      "✓ ingest — kept 360
      ground ██░░░░░░ 25%"
    `);
  });
});
