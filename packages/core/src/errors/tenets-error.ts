const marker = Symbol.for('tenets.error');

export interface TenetsErrorOptions {
  message: string;
  cause?: unknown;
  /** What the user can do about it; printed by the CLI under the message. */
  hint?: string;
}

/** Base of every error Tenets throws on purpose. Use `TenetsError.isInstance` across package copies. */
export class TenetsError extends Error {
  readonly [marker] = true;
  readonly hint: string | undefined;

  constructor({ message, cause, hint }: TenetsErrorOptions) {
    super(message, { cause });
    this.name = 'TenetsError';
    this.hint = hint;
  }

  static isInstance(error: unknown): error is TenetsError {
    return typeof error === 'object' && error !== null && marker in error;
  }
}
