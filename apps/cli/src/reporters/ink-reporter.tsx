import type { PipelineEvent } from '@tenets/core';
import { render } from 'ink';
import { useSyncExternalStore } from 'react';
import { createProgressReducer, initialProgressState, type ProgressState } from './progress-state.ts';
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
  const Connected = () => <ProgressView state={useSyncExternalStore(subscribe, () => state)} width={Math.max(10, Math.min(40, (stream.columns ?? 80) - 30))} colour={options.colour} />;
  const instance = render(<Connected />, { stdout: stream as NodeJS.WriteStream, patchConsole: false, exitOnCtrlC: false });
  return {
    onEvent(event: PipelineEvent) {
      state = reduceProgress(state, event);
      for (const listener of listeners) listener();
    },
    finish() {
      state = { ...state, active: undefined };
      for (const listener of listeners) listener();
      instance.unmount();
    },
  };
}
