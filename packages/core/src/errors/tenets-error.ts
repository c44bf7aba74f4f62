const marker = 'tenets.error';
const symbol = Symbol.for(marker);

export interface TenetsErrorOptions {
  message: string;
  cause?: unknown;
  /** What the user can do about it; printed by the CLI under the message. */
  hint?: string;
}

/**
 * Base of every error Tenets throws on purpose. Use `TenetsError.isInstance` (and each subclass's own
 * `isInstance`) rather than `instanceof`: it also recognises errors from another copy of the package.
 */
export class TenetsError extends Error {
  readonly [symbol] = true;
  readonly hint: string | undefined;

  constructor({ message, cause, hint }: TenetsErrorOptions) {
    super(message, { cause });
    this.name = 'TenetsError';
    this.hint = hint;
  }

  static isInstance(error: unknown): error is TenetsError {
    return TenetsError.hasMarker(error, marker);
  }

  /** True when `error` carries the `Symbol.for(marker)` brand a (sub)class stamps on its instances. */
  protected static hasMarker(error: unknown, markerName: string): boolean {
    const brand = Symbol.for(markerName);
    return typeof error === 'object' && error !== null && brand in error && (error as Record<symbol, unknown>)[brand] === true;
  }
}
