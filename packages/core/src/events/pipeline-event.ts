import type { TokenUsage } from '../schemas/usage.ts';

export type StageName =
  | 'ingest'
  | 'ground'
  | 'embed'
  | 'cluster'
  | 'metrics'
  | 'principles'
  | 'judge'
  | 'match'
  | 'search'
  | (string & {});

/** Everything a stage reports. Stages never print; reporters turn these into output. */
export type PipelineEvent =
  | { type: 'stage-start'; stage: StageName; total?: number }
  | { type: 'stage-progress'; stage: StageName; completed: number; total: number }
  | { type: 'stage-end'; stage: StageName; durationMs: number; counts: Record<string, number>; usage?: TokenUsage }
  | { type: 'item-failed'; stage: StageName; itemId: string; reason: string; message: string }
  | { type: 'warning'; stage?: StageName; message: string }
  | { type: 'info'; stage?: StageName; message: string };

export type PipelineEventListener = (event: PipelineEvent) => void | Promise<void>;
