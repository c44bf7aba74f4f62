import type { ProgressState, StageProgress } from './progress-state.ts';

/** `3/40`, or megabytes for ingest (it measures its progress in bytes read); `…` when the stage gave no total. */
export function formatItems(stage: Pick<StageProgress, 'stage' | 'completed' | 'total'>): string {
  if (stage.stage === 'ingest') return stage.total > 0 ? `${megabytes(stage.completed)}/${megabytes(stage.total)} MB` : `${megabytes(stage.completed)} MB`;
  return stage.total > 0 ? `${stage.completed}/${stage.total}` : stage.completed > 0 ? String(stage.completed) : '…';
}

/** `ETA 12 s`, `ETA 3 min`; `ETA …` until the first item tells the rate. */
export function formatEta(stage: Pick<StageProgress, 'etaMs'>): string {
  return stage.etaMs === undefined ? 'ETA …' : `ETA ${formatDuration(stage.etaMs)}`;
}

/** `<1 s`, `12 s`, `3 min`, `1 h 5 min`: rounded up, for reading at a glance. */
export function formatDuration(milliseconds: number): string {
  const seconds = Math.ceil(milliseconds / 1000);
  if (seconds < 1) return '<1 s';
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/**
 * The spend so far from the usage stage-end events carried: `1,234 tokens (1,000 in, 234 out) · $0.0012`;
 * `offline — no spend` when the command said no model is used; undefined when there is nothing to say yet.
 */
export function describeSpend(state: Pick<ProgressState, 'spend' | 'engine'>): string | undefined {
  const { spend } = state;
  // Offline stages may report usage (the lexical embedding counts its tokens), but nothing is paid for.
  if (state.engine === 'offline') return 'offline — no spend';
  if (!spend || spend.calls === 0) return state.engine === 'model' ? 'no model calls yet' : undefined;
  const cost = spend.costUsd === undefined ? 'cost unknown' : `$${spend.costUsd.toFixed(4)}`;
  return `${count(spend.totalTokens)} tokens (${count(spend.inputTokens)} in, ${count(spend.outputTokens)} out) · ${cost}`;
}

function megabytes(bytes: number): string {
  return (bytes / 1_048_576).toFixed(1);
}

function count(value: number): string {
  return value.toLocaleString('en-US');
}

/** A finished stage's duration: `12 ms`, `1.3 s`, then as `formatDuration`. */
export function formatElapsed(milliseconds: number): string {
  if (milliseconds < 1000) return `${Math.round(milliseconds)} ms`;
  if (milliseconds < 60_000) return `${(milliseconds / 1000).toFixed(1)} s`;
  return formatDuration(milliseconds);
}

/** One stage's spend from its end event: `1,200 tok · $0.0100`; empty without usage or offline. */
export function formatStageSpend(stage: Pick<StageProgress, 'usage'>, engine: ProgressState['engine']): string {
  const usage = stage.usage;
  if (!usage || usage.calls === 0 || engine === 'offline') return '';
  return `${count(usage.totalTokens)} tok · ${usage.costUsd === undefined ? 'cost unknown' : `$${usage.costUsd.toFixed(4)}`}`;
}
