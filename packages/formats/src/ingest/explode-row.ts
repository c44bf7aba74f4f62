import { getPath, withPath } from '../map/dotted-path.ts';
import { safeParseJsonText } from '../read/parse-json-text.ts';

/** What `explodeRow` made of one input row. */
export type ExplodedRow =
  /** Nothing to split (no named column holds a list): the row as it is, or with its empty lists removed. */
  | { ok: true; exploded: false; row: Record<string, unknown> }
  /** One row per element, index `i` holding element `i` of every named list. */
  | { ok: true; exploded: true; rows: Record<string, unknown>[] }
  /** The named lists differ in length. */
  | { ok: false; field: string; message: string };

export interface ExplodeRowOptions {
  /** Read a string cell holding a JSON array (`["a","b"]`) as that array: CSV cannot hold lists otherwise. @default false */
  jsonCells?: boolean;
}

const describeLength = (length: number) => `${length} element${length === 1 ? '' : 's'}`;

function listAt(row: Record<string, unknown>, path: string, jsonCells: boolean): unknown[] | undefined {
  const value = getPath(row, path);
  if (jsonCells && typeof value === 'string' && /^\s*\[/.test(value)) {
    const parsed = safeParseJsonText(value);
    if (parsed.success && Array.isArray(parsed.value)) return parsed.value;
  }
  return Array.isArray(value) ? value : undefined;
}

/**
 * Splits a row whose named columns (dotted paths) hold lists into one row per element, zipping parallel lists
 * by index. A named column that is absent or null takes no part; a single value counts as a list of one, so
 * it pairs only with lists of one; lists of different lengths make the row a mismatch. A row where every
 * named list is empty is returned whole with those columns removed: an empty list means "no value".
 */
export function explodeRow(row: Record<string, unknown>, paths: readonly string[], options: ExplodeRowOptions = {}): ExplodedRow {
  const lists: { path: string; list: unknown[] | undefined; length: number }[] = [];
  for (const path of paths) {
    const value = getPath(row, path);
    if (value === undefined || value === null) continue;
    const list = listAt(row, path, options.jsonCells ?? false);
    lists.push({ path, list, length: list === undefined ? 1 : list.length });
  }
  if (!lists.some((entry) => entry.list !== undefined)) return { ok: true, exploded: false, row };

  const first = lists[0];
  const other = lists.find((entry) => entry.length !== first.length);
  if (other !== undefined) {
    const lengths = lists.map((entry) => `"${entry.path}" has ${entry.list === undefined ? 'a single value' : describeLength(entry.length)}`).join(', ');
    return { ok: false, field: other.path, message: `the exploded columns must hold lists of the same length: ${lengths}` };
  }
  if (first.length === 0) {
    let emptied = row;
    for (const { path } of lists) emptied = withPath(emptied, path, undefined);
    return { ok: true, exploded: false, row: emptied };
  }
  const rows: Record<string, unknown>[] = [];
  for (let index = 0; index < first.length; index += 1) {
    let element = row;
    for (const { path, list } of lists) if (list !== undefined) element = withPath(element, path, list[index]);
    rows.push(element);
  }
  return { ok: true, exploded: true, rows };
}
