import { TenetsConfigError } from '../errors/tenets-config-error.ts';

/** Checks a numeric stage option, so a bad flag fails before any model call is made. */
export function positiveIntegerOption(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new TenetsConfigError({ message: `${name} must be a positive integer, got ${value}.` });
  return value;
}
