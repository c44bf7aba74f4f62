import { TenetsConfigError } from '@tenets/core';

/** Checks the `explode` columns (non-blank dotted paths) and drops repeats; throws `TenetsConfigError` otherwise. */
export function validateExplode(columns: readonly string[]): string[] {
  const valid: string[] = [];
  for (const column of columns) {
    const name = typeof column === 'string' ? column.trim() : '';
    if (name === '' || name.split('.').some((segment) => segment === '')) {
      throw new TenetsConfigError({ message: `explode column "${String(column)}" is not a column name`, hint: 'name input columns holding lists, e.g. --explode feedback --explode rating (dotted paths reach nested ones)' });
    }
    if (!valid.includes(name)) valid.push(name);
  }
  return valid;
}
