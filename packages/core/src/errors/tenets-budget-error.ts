import { TenetsError } from './tenets-error.ts';

const marker = 'tenets.error.budget';
const symbol = Symbol.for(marker);

/** A cost or call budget would be exceeded; the run stops and stays resumable. */
export class TenetsBudgetError extends TenetsError {
  readonly [symbol] = true;
  readonly spentUsd: number;
  readonly limitUsd: number;

  constructor(options: { spentUsd: number; limitUsd: number; message?: string }) {
    super({
      message: options.message ?? `Cost budget reached: $${options.spentUsd.toFixed(4)} spent of $${options.limitUsd.toFixed(4)}.`,
      hint: 'Raise --max-cost, then re-run with --resume: finished calls are cached and not repeated.',
    });
    this.name = 'TenetsBudgetError';
    this.spentUsd = options.spentUsd;
    this.limitUsd = options.limitUsd;
  }

  static override isInstance(error: unknown): error is TenetsBudgetError {
    return TenetsError.hasMarker(error, marker);
  }
}
