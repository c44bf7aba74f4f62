/**
 * `npm run eval` (first part): the offline engine's output quality, per dataset and split, beside the same figures
 * measured on main before issue #13 (commit in `eval/baseline-main.json`). `--json` prints the figures instead (that is
 * how the baseline was recorded: see docs/offline-engine.md, "Quality report"). DEV splits are what thresholds were tuned
 * on; REPORT splits (held-out fixture logs without the critiques also in DEV, FeedbackQA test files, ILF) were not.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evalDatasets } from './eval/datasets.ts';
import { measureOfflineQuality, type OfflineQuality } from './eval/measure-offline-quality.ts';
import { renderMarkdownTable } from './eval/render-quality-table.ts';

const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// ../shared/data beside the clone (CI), or TENETS_SHARED_DATA; datasets that are not there are left out of the report.
const dataDirectory = process.env.TENETS_SHARED_DATA ?? join(repositoryRoot, '..', 'shared', 'data');
const json = process.argv.includes('--json');
const markdown = process.argv.includes('--markdown');

const measured: OfflineQuality[] = [];
for (const dataset of evalDatasets(repositoryRoot, dataDirectory)) measured.push(await measureOfflineQuality(dataset));

const baselinePath = join(dirname(fileURLToPath(import.meta.url)), 'eval', 'baseline-main.json');
const baseline = existsSync(baselinePath) ? (JSON.parse(readFileSync(baselinePath, 'utf8')) as { commit: string; measured: OfflineQuality[] }) : undefined;

if (json) {
  process.stdout.write(`${JSON.stringify(measured, null, 2)}\n`);
} else if (markdown) {
  process.stdout.write(renderMarkdownTable(measured, baseline?.measured ?? []));
} else {
  const before = (row: OfflineQuality) => baseline?.measured.find((entry) => entry.dataset === row.dataset && entry.split === row.split);
  const percent = (value: number | undefined) => (value === undefined ? '—' : `${(100 * value).toFixed(1)}%`);
  const decimal = (value: number | undefined) => (value === undefined ? '—' : value.toFixed(3));
  const cell = (row: OfflineQuality, key: keyof OfflineQuality, format: (value: number | undefined) => string, width: number) => {
    const now = format(row[key] as number | undefined);
    const then = before(row);
    return (then ? `${now} (${format(then[key] as number | undefined)})` : now).padStart(width);
  };
  const columns: Array<[string, keyof OfflineQuality, (value: number | undefined) => string]> = [
    ['sign, first aspect', 'signFirstAspect', percent],
    ['sign, critique', 'signCritique', percent],
    ['sign, rating removed', 'signCritiqueWithoutRating', percent],
    ['recall +', 'signRecallPositive', percent],
    ['recall −', 'signRecallNegative', percent],
    ['principles as rules', 'ruleShare', percent],
    ['rule fit', 'ruleFit', percent],
    ['names as behaviours', 'behaviourPhraseShare', percent],
    ['names fit labels', 'nameFitShare', percent],
    ['definition fit', 'definitionFit', percent],
    ['NMI', 'normalizedMutualInformation', decimal],
    ['ARI', 'adjustedRandIndex', decimal],
    ['aspects/critique', 'aspectsPerCritique', (value) => (value === undefined ? '—' : value.toFixed(2))],
    ['fragments', 'fragmentShare', percent],
  ];
  const width = 19;
  const lines = [
    `Offline engine quality (issue #13), now${baseline ? ` (main ${baseline.commit.slice(0, 7)} before it, in brackets)` : ''}, seed 42, tenets run defaults.`,
    'DEV = tuned on; REPORT = held out (fixture logs generated with other seeds, less critiques also in DEV; FeedbackQA test files; ILF), not tuned on.',
    'Synthetic fixtures are labelled SYNTHETIC; FeedbackQA and ILF are real human critiques (../shared/data).',
    '',
  ];
  for (const row of measured) {
    lines.push(`${row.dataset} ${row.split.toUpperCase()} — ${row.critiques} critiques → ${row.aspects} behaviours → ${row.clusters} clusters, ${row.metrics} metrics, ${row.principles} principles`);
    for (const [label, key, format] of columns) {
      if (row[key] === undefined) continue;
      lines.push(`  ${label.padEnd(22)}${cell(row, key, format, width)}`);
    }
    if (row.withoutReassignment) {
      const strict = row.withoutReassignment;
      lines.push(
        `  ${'noise reassignment'.padEnd(22)}${row.reassigned} behaviours moved, ${row.noiseCritiques} critiques left as noise; without it: NMI ${decimal(strict.normalizedMutualInformation)}, ARI ${decimal(strict.adjustedRandIndex)}, ${strict.noiseCritiques} noise critiques`,
      );
    }
    lines.push(`  e.g. principles: ${row.examples.principles.slice(0, 3).map((text) => JSON.stringify(text)).join(' · ')}`);
    lines.push(`  e.g. names:      ${row.examples.names.join(' · ')}`);
    lines.push('');
  }
  lines.push(
    'sign, first aspect: its first behaviour\'s sign = the critique\'s (primary) label; sign, critique: the majority of its behaviours\' signs',
    '(tie → first); recall ±: the critique-level share right per labelled class (FeedbackQA: Excellent/Acceptable = +, Bad = −).',
    'principles as rules: quote no critique, no "I/my", open with an imperative or "The assistant should" + verb (POS-tagged).',
    'names as behaviours: "The assistant <name>" has a verb (POS-tagged), no placeholder token. names fit labels: shares a word',
    "with the majority label of the metric's members or its README description. definition fit (rule fit): the definition",
    '(principle) is lexically closest to its own cluster among all clusters, the members it was copied from left out.',
    'NMI/ARI: per critique against its primary label, noise as one label.',
    'fragments: behaviours with fewer than three content words.',
    '',
  );
  process.stdout.write(`${lines.join('\n')}\n`);
}
