import type { PipelineEvent } from '@tenets/core';
import { createEventLines, type EventLine } from './describe-event.ts';

export interface ProgressLine extends EventLine {
  key: string;
}

/** What a live progress display shows: lines that are finished, and the stage in progress. */
export interface ProgressState {
  lines: ProgressLine[];
  active: { stage: string; completed: number; total: number } | undefined;
}

export const initialProgressState: ProgressState = { lines: [], active: undefined };

/** Folds pipeline events into the display state; one reducer per run (it counts bad rows). */
export function createProgressReducer(): (state: ProgressState, event: PipelineEvent) => ProgressState {
  const lineOf = createEventLines();
  return (state, event) => {
    if (event.type === 'stage-start') return { ...state, active: { stage: event.stage, completed: 0, total: event.total ?? 0 } };
    if (event.type === 'stage-progress') return { ...state, active: { stage: event.stage, completed: event.completed, total: event.total } };
    const line = lineOf(event);
    const next = line ? { ...state, lines: [...state.lines, { ...line, key: String(state.lines.length) }] } : state;
    return event.type === 'stage-end' ? { ...next, active: undefined } : next;
  };
}
