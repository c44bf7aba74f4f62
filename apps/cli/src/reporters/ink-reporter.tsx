import type { PipelineEvent } from '@tenets/core';
import { render } from 'ink';
import { useSyncExternalStore } from 'react';
import { createProgressReducer, initialProgressState, withEngine, type ProgressState } from './progress-state.ts';
import { ProgressView } from './progress-view.tsx';
import type { Reporter, ReporterStream } from './reporter.ts';

/** The TTY reporter: an ink view on stderr fed by pipeline events. Never reads stdin. */
export function createInkReporter(stream: ReporterStream, options: { colour: boolean }): Reporter {
  let state: ProgressState = initialProgressState;
  const reduceProgress = createProgressReducer();
  const listeners = new Set<() => void>();
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  const Connected = () => <ProgressView state={useSyncExternalStore(subscribe, () => state)} width={progressBarWidth(stream.columns)} colour={options.colour} />;
  const instance = render(<Connected />, { stdout: stream as NodeJS.WriteStream, patchConsole: false, exitOnCtrlC: false });
  return {
    onEvent(event: PipelineEvent) {
      state = reduceProgress(state, event);
      for (const listener of listeners) listener();
    },
    onRunStart(run) {
      state = withEngine(state, run.engine);
      for (const listener of listeners) listener();
    },
    finish() {
      state = { ...state, active: undefined };
      for (const listener of listeners) listener();
      instance.unmount();
    },
  };
}

/** Leaves room on the bar's line for the stage name, percentage, items done and ETA (30 at 80 columns). */
export function progressBarWidth(columns: number | undefined): number {
  return Math.max(10, Math.min(30, (columns ?? 80) - 50));
}
