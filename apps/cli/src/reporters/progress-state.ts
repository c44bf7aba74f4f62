import type { PipelineEvent } from '@tenets/core';

export interface ProgressLine {
  key: string;
  kind: 'stage' | 'warning' | 'failure' | 'info';
  text: string;
}

/** What a live progress display shows: lines that are finished, and the stage in progress. */
export interface ProgressState {
  lines: ProgressLine[];
  active: { stage: string; completed: number; total: number } | undefined;
}

export const initialProgressState: ProgressState = { lines: [], active: undefined };

/** Pure: folds one pipeline event into the display state. */
export function reduceProgress(state: ProgressState, event: PipelineEvent): ProgressState {
  const add = (kind: ProgressLine['kind'], text: string): ProgressState => ({ ...state, lines: [...state.lines, { key: String(state.lines.length), kind, text }] });
  switch (event.type) {
    case 'stage-start':
      return { ...state, active: { stage: event.stage, completed: 0, total: event.total ?? 0 } };
    case 'stage-progress':
      return { ...state, active: { stage: event.stage, completed: event.completed, total: event.total } };
    case 'stage-end': {
      const counts = Object.entries(event.counts)
        .filter(([, value]) => value !== 0)
        .map(([name, value]) => `${name} ${value}`)
        .join(', ');
      return { ...add('stage', `${event.stage} ${Math.round(event.durationMs)} ms${counts ? ` — ${counts}` : ''}`), active: undefined };
    }
    case 'item-failed':
      return add('failure', `${event.stage}: ${event.itemId} failed (${event.reason}): ${event.message}`);
    case 'warning':
      return add('warning', event.message);
    case 'info':
      return add('info', event.message);
  }
}
