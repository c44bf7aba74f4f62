import type { StageName } from '@tenets/core';

/** What the model layer reports while it works. Reporters map these to progress lines. */
export type ModelEvent =
  | { type: 'model-retry'; stage: StageName; model: string; attempt: number; delayMs: number; reason: 'rate-limit' | 'server' | 'timeout' | 'network' | 'other'; message: string }
  | { type: 'batch-submitted'; batchId: string; requests: number }
  | { type: 'batch-resumed'; batchId: string }
  | { type: 'batch-progress'; batchId: string; status: string; completed: number; failed: number; total: number }
  | { type: 'batch-finished'; batchId: string; status: string; succeeded: number; failed: number };

export type ModelEventListener = (event: ModelEvent) => void;

/** Calls the listener and swallows its errors: a broken reporter must never break a run. */
export function emitModelEvent(listener: ModelEventListener | undefined, event: ModelEvent): void {
  if (!listener) return;
  try {
    listener(event);
  } catch {
    // Deliberately ignored.
  }
}
