import { addUsage, emptyUsage, type PipelineEvent, type TokenUsage } from '@tenets/core';
import { createEventLines, type EventLine } from './describe-event.ts';

export interface ProgressLine extends EventLine {
  key: string;
}

/** One stage as a live display shows it: items done of the total, and when it will end at the rate seen so far. */
export interface StageProgress {
  stage: string;
  status: 'running' | 'done';
  completed: number;
  /** 0 when the stage did not say how many items it has. */
  total: number;
  /** Clock time the stage started. */
  startedAt: number;
  /** Time left at the observed rate (elapsed ÷ done × left); undefined before the first item or without a total. */
  etaMs: number | undefined;
  /** Set when done: the stage's own duration. */
  durationMs?: number;
  /** Tokens and cost the stage's end reported (stages that call a model). */
  usage?: TokenUsage;
}

/** What a live progress display shows: lines that are finished, the stage in progress, every stage so far and the spend. */
export interface ProgressState {
  lines: ProgressLine[];
  active: StageProgress | undefined;
  /** Every stage seen, in start order (a stage that runs twice, like `metrics` drafting after induction, has a row each time). */
  stages: StageProgress[];
  /** Sum of the usage the stage-end events carried; undefined until one carried any. */
  spend: TokenUsage | undefined;
  /** Set by the command once it knows (`Reporter.onRunStart`); undefined for commands that do not say. */
  engine: 'offline' | 'model' | undefined;
}

export const initialProgressState: ProgressState = { lines: [], active: undefined, stages: [], spend: undefined, engine: undefined };

/** Milliseconds from some fixed point; injectable so tests drive time. */
export type Clock = () => number;

/**
 * Folds pipeline events into the display state; one reducer per run (it counts bad rows). The ETA is the
 * observed rate projected over the items left, computed when progress arrives with `now` (performance.now).
 */
export function createProgressReducer(options: { now?: Clock } = {}): (state: ProgressState, event: PipelineEvent) => ProgressState {
  const now = options.now ?? (() => performance.now());
  const lineOf = createEventLines();
  return (state, event) => {
    if (event.type === 'stage-start') {
      const active: StageProgress = { stage: event.stage, status: 'running', completed: 0, total: event.total ?? 0, startedAt: now(), etaMs: undefined };
      return { ...state, active, stages: [...state.stages, active] };
    }
    if (event.type === 'stage-progress') {
      const index = lastRunning(state.stages, event.stage);
      const started = index >= 0 ? state.stages[index] : undefined;
      const startedAt = started?.startedAt ?? now();
      const active: StageProgress = { stage: event.stage, status: 'running', completed: event.completed, total: event.total, startedAt, etaMs: started ? etaOf(now() - startedAt, event.completed, event.total) : undefined };
      return { ...state, active, stages: replaceAt(state.stages, index, active) };
    }
    const line = lineOf(event);
    const next = line ? { ...state, lines: [...state.lines, { ...line, key: String(state.lines.length) }] } : state;
    if (event.type !== 'stage-end') return next;
    const index = lastRunning(next.stages, event.stage);
    const running = index >= 0 ? next.stages[index] : undefined;
    const done: StageProgress = {
      stage: event.stage,
      status: 'done',
      completed: running?.total || running?.completed || 0,
      total: running?.total ?? 0,
      startedAt: running?.startedAt ?? now() - event.durationMs,
      etaMs: undefined,
      durationMs: event.durationMs,
      ...(event.usage ? { usage: event.usage } : {}),
    };
    const stages = replaceAt(next.stages, index, done);
    const spend = event.usage ? addUsage(next.spend ?? emptyUsage(), event.usage) : next.spend;
    // A stage that ran inside another (metric search around its rounds) hands the bar back to the outer one.
    const outer = stages[lastRunning(stages)];
    return { ...next, active: outer, stages, spend };
  };
}

/** The state once the command knows whether a model is in use (it then says "offline — no spend" or counts the spend). */
export function withEngine(state: ProgressState, engine: 'offline' | 'model'): ProgressState {
  return { ...state, engine };
}

function etaOf(elapsedMs: number, completed: number, total: number): number | undefined {
  if (completed <= 0 || total <= 0) return undefined;
  return Math.max(0, (elapsedMs / completed) * Math.max(0, total - completed));
}

/** The newest stage still running (of that name, when given); -1 when none. */
function lastRunning(stages: readonly StageProgress[], name?: string): number {
  for (let index = stages.length - 1; index >= 0; index -= 1) {
    if (stages[index]!.status === 'running' && (name === undefined || stages[index]!.stage === name)) return index;
  }
  return -1;
}

/** The stages with the one at `index` replaced, or `stage` appended when index is -1. */
function replaceAt(stages: readonly StageProgress[], index: number, stage: StageProgress): StageProgress[] {
  return index < 0 ? [...stages, stage] : stages.map((existing, at) => (at === index ? stage : existing));
}
