import { TenetsError } from './tenets-error.ts';

/** The configuration (flags, env, config file, model spec) cannot be used as given. */
export class TenetsConfigError extends TenetsError {
  constructor(options: { message: string; cause?: unknown; hint?: string }) {
    super(options);
    this.name = 'TenetsConfigError';
  }
}
