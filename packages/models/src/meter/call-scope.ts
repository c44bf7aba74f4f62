import { AsyncLocalStorage } from 'node:async_hooks';
import type { StageName } from '@tenets/core';

/** What the runner knows about the calls made inside a piece of work. */
export interface CallScope {
  /** Usage and cost of calls made inside are booked to this stage. */
  stage?: StageName;
  /** Salts the cache key of calls made inside (on top of the configured `promptVersion`). */
  promptVersion?: string;
}

const storage = new AsyncLocalStorage<CallScope>();

/**
 * Runs `work` with `scope` merged over the current one. Every model call started inside — including
 * calls in promises it spawns — sees the scope, so stages need not pass it around:
 * `await withCallScope({ stage: 'ground', promptVersion: 'ground-v2' }, () => groundFeedback(...))`.
 */
export function withCallScope<RESULT>(scope: CallScope, work: () => RESULT): RESULT {
  return storage.run({ ...storage.getStore(), ...scope }, work);
}

/** The scope of the running call, `{}` outside any. */
export function currentCallScope(): CallScope {
  return storage.getStore() ?? {};
}
