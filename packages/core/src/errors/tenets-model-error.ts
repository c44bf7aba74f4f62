import { TenetsError } from './tenets-error.ts';

const marker = 'tenets.error.model';
const symbol = Symbol.for(marker);

export type ModelFailureReason = 'parse_error' | 'truncated' | 'refusal' | 'api_error' | 'aborted';

/** A model call that did not yield a valid answer. Keeps the raw reply so nothing is silently lost. */
export class TenetsModelError extends TenetsError {
  readonly [symbol] = true;
  readonly reason: ModelFailureReason;
  readonly rawText: string | undefined;

  constructor(options: { message: string; reason: ModelFailureReason; rawText?: string; cause?: unknown; hint?: string }) {
    super(options);
    this.name = 'TenetsModelError';
    this.reason = options.reason;
    this.rawText = options.rawText;
  }

  static override isInstance(error: unknown): error is TenetsModelError {
    return TenetsError.hasMarker(error, marker);
  }
}
