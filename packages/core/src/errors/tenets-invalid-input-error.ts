import { TenetsError } from './tenets-error.ts';

const marker = 'tenets.error.invalid-input';
const symbol = Symbol.for(marker);

/** Bad user data: a row, a file, a flag or a config value. Carries where it was found. */
export class TenetsInvalidInputError extends TenetsError {
  readonly [symbol] = true;
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly field: string | undefined;

  constructor(options: { message: string; file?: string; line?: number; field?: string; cause?: unknown; hint?: string }) {
    const where = [options.file, options.line === undefined ? undefined : `line ${options.line}`, options.field && `field "${options.field}"`]
      .filter(Boolean)
      .join(', ');
    super({ message: where ? `${where}: ${options.message}` : options.message, cause: options.cause, hint: options.hint });
    this.name = 'TenetsInvalidInputError';
    this.file = options.file;
    this.line = options.line;
    this.field = options.field;
  }

  static override isInstance(error: unknown): error is TenetsInvalidInputError {
    return TenetsError.hasMarker(error, marker);
  }
}
