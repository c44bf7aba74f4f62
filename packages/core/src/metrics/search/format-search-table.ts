import type { SearchRow } from '../../schemas/metric-search.ts';

/**
 * The N search as a plain-text table (one row per candidate set), for terminals and logs:
 * round, N, seed, metrics, coverage (all, +, −), redundancy, N/A, unscored, calls, and a mark for kept (·)
 * and chosen (*) sets.
 */
export function formatSearchTable(rows: readonly SearchRow[]): string {
  const header = ['round', 'N', 'seed', 'metrics', 'coverage', 'cov+', 'cov−', 'redundancy', 'N/A', 'unscored', 'calls', ''];
  const percent = (value: number | null) => (value === null ? '–' : `${(value * 100).toFixed(1)}%`);
  const body = rows.map((row) => [
    String(row.round),
    String(row.n),
    String(row.seed),
    String(row.metricCount),
    row.error ? 'failed' : percent(row.coverage),
    percent(row.coveragePositive),
    percent(row.coverageNegative),
    percent(row.redundancy),
    percent(row.naRate),
    percent(row.unscoredRate),
    String(row.calls),
    row.chosen ? '*' : row.kept ? '·' : '',
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((cells) => cells[column]!.length)));
  const line = (cells: readonly string[]) => cells.map((cell, column) => cell.padStart(widths[column]!)).join('  ').trimEnd();
  return [line(header), ...body.map(line)].join('\n');
}
