import type { PipelineEvent } from '@tenets/core';

/** Where progress goes. The pipeline emits events; a reporter decides how (or whether) to show them. */
export interface Reporter {
  onEvent(event: PipelineEvent): void;
  /** Called by commands that know whether a model is in use, before their first stage (spend vs "offline — no spend"). */
  onRunStart?(run: { engine: 'offline' | 'model' }): void;
  /** Called once at the end, before the summary is printed. */
  finish(): void;
}

export interface ReporterStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}
