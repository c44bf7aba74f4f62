import type { PipelineEvent } from '@tenets/core';
import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { describeSpend } from './format-progress.ts';
import { progressBarWidth } from './ink-reporter.tsx';
import { createProgressReducer, initialProgressState, withEngine, type ProgressState } from './progress-state.ts';
import { ProgressView } from './progress-view.tsx';

afterEach(() => cleanup());

/** A reducer on a clock the test moves: `at(ms, event)` feeds the event at that time. */
function fakeRun(start: ProgressState = initialProgressState) {
  let time = 0;
  const reduceProgress = createProgressReducer({ now: () => time });
  let state = start;
  return {
    at(milliseconds: number, event: PipelineEvent) {
      time = milliseconds;
      state = reduceProgress(state, event);
      return state;
    },
    get state() {
      return state;
    },
  };
}

const usage = (calls: number, inputTokens: number, outputTokens: number, costUsd?: number) => ({ calls, inputTokens, outputTokens, totalTokens: inputTokens + outputTokens, cachedCalls: 0, failedCalls: 0, ...(costUsd === undefined ? {} : { costUsd }) });

describe('createProgressReducer', () => {
  it('keeps finished stages and warnings as lines and tracks the running stage', () => {
    const run = fakeRun();
    run.at(0, { type: 'stage-start', stage: 'ground', total: 4 });
    const state = run.at(1000, { type: 'stage-progress', stage: 'ground', completed: 2, total: 4 });
    expect(state.active).toEqual({ stage: 'ground', status: 'running', completed: 2, total: 4, startedAt: 0, etaMs: 1000 });
    run.at(1100, { type: 'warning', message: '1 aspect had an empty embedding' });
    const ended = run.at(2000, { type: 'stage-end', stage: 'ground', durationMs: 2000, counts: { aspects: 5, ungroundable: 0 } });
    expect(ended.active).toBeUndefined();
    expect(ended.lines.map((line) => `${line.kind}: ${line.text}`)).toEqual(['warning: 1 aspect had an empty embedding', 'stage: ground — aspects 5']);
    expect(ended.stages).toEqual([{ stage: 'ground', status: 'done', completed: 4, total: 4, startedAt: 0, etaMs: undefined, durationMs: 2000 }]);
  });

  it('projects the ETA from the rate observed so far, and has none before the first item', () => {
    const run = fakeRun();
    expect(run.at(500, { type: 'stage-start', stage: 'metrics', total: 40 }).active?.etaMs).toBeUndefined();
    // 10 of 40 in 2 s: 30 left at 5 per second.
    expect(run.at(2500, { type: 'stage-progress', stage: 'metrics', completed: 10, total: 40 }).active?.etaMs).toBe(6000);
    // It slowed down: 20 of 40 after 8 s, 20 left at 2.5 per second.
    expect(run.at(8500, { type: 'stage-progress', stage: 'metrics', completed: 20, total: 40 }).active?.etaMs).toBe(8000);
  });

  it('hands the bar back to the outer stage when a stage inside it ends', () => {
    const run = fakeRun();
    run.at(0, { type: 'stage-start', stage: 'metrics', total: 4 });
    run.at(100, { type: 'stage-start', stage: 'search', total: 3 });
    run.at(200, { type: 'stage-progress', stage: 'search', completed: 1, total: 3 });
    const state = run.at(400, { type: 'stage-end', stage: 'search', durationMs: 300, counts: {} });
    expect(state.active?.stage).toBe('metrics');
    expect(state.stages.map((stage) => `${stage.stage} ${stage.status} ${stage.completed}/${stage.total}`)).toEqual(['metrics running 0/4', 'search done 3/3']);
    expect(run.at(500, { type: 'stage-end', stage: 'metrics', durationMs: 500, counts: {} }).active).toBeUndefined();
  });

  it('sums the spend the stage ends carried', () => {
    const run = fakeRun(withEngine(initialProgressState, 'model'));
    run.at(0, { type: 'stage-start', stage: 'ground', total: 2 });
    run.at(10, { type: 'stage-end', stage: 'ground', durationMs: 10, counts: {}, usage: usage(2, 1000, 200, 0.01) });
    run.at(20, { type: 'stage-start', stage: 'embed' });
    run.at(30, { type: 'stage-end', stage: 'embed', durationMs: 10, counts: {} });
    const state = run.at(40, { type: 'stage-end', stage: 'metrics', durationMs: 10, counts: {}, usage: usage(1, 500, 100, 0.002) });
    expect(state.spend).toEqual({ ...usage(3, 1500, 300), costUsd: 0.012 });
    expect(state.stages.map((stage) => `${stage.stage} ${stage.status} ${stage.usage?.calls ?? 0}`)).toEqual(['ground done 2', 'embed done 0', 'metrics done 1']);
  });

  it('says offline runs spend nothing even when an offline stage counts tokens', () => {
    const run = fakeRun(withEngine(initialProgressState, 'offline'));
    const state = run.at(10, { type: 'stage-end', stage: 'embed', durationMs: 10, counts: {}, usage: usage(514, 5553, 0) });
    expect(describeSpend(state)).toBe('offline — no spend');
    expect(describeSpend(withEngine(initialProgressState, 'model'))).toBe('no model calls yet');
    expect(describeSpend(initialProgressState)).toBeUndefined();
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
  it('draws finished lines once and a bar for the running stage with items done and the ETA', () => {
    const run = fakeRun(withEngine(initialProgressState, 'offline'));
    run.at(0, { type: 'stage-end', stage: 'ingest', durationMs: 30, counts: { kept: 360 } });
    run.at(0, { type: 'stage-start', stage: 'ground', total: 4 });
    run.at(3000, { type: 'stage-progress', stage: 'ground', completed: 1, total: 4 });
    const { lastFrame } = render(<ProgressView state={run.state} width={8} colour={false} />);
    expect(lastFrame()).toMatchInlineSnapshot(`
      "✓ ingest — kept 360
      ground ██░░░░░░ 25% 1/4 · ETA 9 s
      spend so far: offline — no spend"
    `);
  });

  it('shows the spend so far with a model, in megabytes for ingest, and fits 80 columns', () => {
    const run = fakeRun(withEngine(initialProgressState, 'model'));
    run.at(0, { type: 'stage-start', stage: 'ground', total: 1200 });
    run.at(90_000, { type: 'stage-end', stage: 'ground', durationMs: 90_000, counts: { aspects: 3100 }, usage: usage(1200, 1_234_567, 98_765, 0.4321) });
    run.at(90_000, { type: 'stage-start', stage: 'principles', total: 1234 });
    run.at(150_000, { type: 'stage-progress', stage: 'principles', completed: 123, total: 1234 });
    const { lastFrame } = render(<ProgressView state={run.state} width={progressBarWidth(80)} colour={false} />);
    const frame = lastFrame() ?? '';
    expect(frame).toMatchInlineSnapshot(`
      "✓ ground — aspects 3100
      principles ███░░░░░░░░░░░░░░░░░░░░░░░░░░░ 10% 123/1234 · ETA 10 min
      spend so far: 1,333,332 tokens (1,234,567 in, 98,765 out) · $0.4321"
    `);
    expect(Math.max(...frame.split('\n').map((line) => line.length))).toBeLessThanOrEqual(80);

    const ingest = fakeRun();
    ingest.at(0, { type: 'stage-start', stage: 'ingest', total: 8 * 1_048_576 });
    ingest.at(2000, { type: 'stage-progress', stage: 'ingest', completed: 2 * 1_048_576, total: 8 * 1_048_576 });
    expect(render(<ProgressView state={ingest.state} width={8} colour={false} />).lastFrame()).toBe('ingest ██░░░░░░ 25% 2.0/8.0 MB · ETA 6 s');
  });
});
