import type { OfflineQuality } from './measure-offline-quality.ts';

const percent = (value: number | undefined) => (value === undefined ? '—' : `${(100 * value).toFixed(1)}`);
const decimal = (value: number | undefined) => (value === undefined ? '—' : value.toFixed(3));

/** "main → now" for one figure; bold when it is the figure the row is about. */
function change(before: number | undefined, now: number | undefined, format: (value: number | undefined) => string): string {
  if (now === undefined) return '—';
  return before === undefined ? format(now) : `${format(before)} → ${format(now)}`;
}

/**
 * The quality report as the Markdown table of docs/offline-engine.md ("Quality report"): one row per dataset and split,
 * main before issue 13 → now. `npm run eval:quality -- --markdown` prints it.
 */
export function renderMarkdownTable(measured: readonly OfflineQuality[], baseline: readonly OfflineQuality[]): string {
  const lines = [
    '| dataset (critiques) | sign | sign, rating removed | recall + / − | rules | rule fit | behaviour names | names fit labels | definition fit | NMI / ARI | behaviours per critique | fragments |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const row of measured) {
    const before = baseline.find((entry) => entry.dataset === row.dataset && entry.split === row.split);
    const recall = (quality: OfflineQuality | undefined) =>
      quality?.signRecallPositive === undefined ? undefined : `${percent(quality.signRecallPositive)}/${percent(quality.signRecallNegative)}`;
    const agreement = (quality: OfflineQuality | undefined) =>
      quality?.normalizedMutualInformation === undefined ? undefined : `${decimal(quality.normalizedMutualInformation)} / ${decimal(quality.adjustedRandIndex)}`;
    const pair = (left: string | undefined, right: string | undefined) => (right === undefined ? '—' : left === undefined ? right : `${left} → ${right}`);
    lines.push(
      `| ${row.dataset} ${row.split.toUpperCase()} (${row.critiques.toLocaleString('en-GB')}) | ${change(before?.signCritique, row.signCritique, percent)} | ${change(before?.signCritiqueWithoutRating, row.signCritiqueWithoutRating, percent)} | ${pair(recall(before), recall(row))} | ${change(before?.ruleShare, row.ruleShare, percent)} | ${change(before?.ruleFit, row.ruleFit, percent)} | ${change(before?.behaviourPhraseShare, row.behaviourPhraseShare, percent)} | ${change(before?.nameFitShare, row.nameFitShare, percent)} | ${change(before?.definitionFit, row.definitionFit, percent)} | ${pair(agreement(before), agreement(row))} | ${change(before?.aspectsPerCritique, row.aspectsPerCritique, (value) => (value === undefined ? '—' : value.toFixed(2)))} | ${change(before?.fragmentShare, row.fragmentShare, percent)} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}
