import type { Trait } from '../../schemas/trait.ts';

/**
 * Judge results keyed by (judge, prompt version, metric set, item). Only fully scored items are stored, so
 * a failed call is retried next time. A `Map` is a valid cache; the runner may persist one.
 */
export interface JudgeCache {
  get(key: string): readonly Trait[] | undefined;
  set(key: string, traits: readonly Trait[]): unknown;
}
