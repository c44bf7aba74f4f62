import { TenetsError } from './tenets-error.ts';

const marker = 'tenets.error.config';
const symbol = Symbol.for(marker);

/** The configuration (flags, env, config file, model spec) cannot be used as given. */
export class TenetsConfigError extends TenetsError {
  readonly [symbol] = true;
  constructor(options: { message: string; cause?: unknown; hint?: string }) {
    super(options);
    this.name = 'TenetsConfigError';
  }

  static override isInstance(error: unknown): error is TenetsConfigError {
    return TenetsError.hasMarker(error, marker);
  }
}
