/**
 * `npx tsx apps/devtools/eval-metric-names.ts [--fixture DIR]… [--json]`: how well the offline engine's metric names say
 * which behaviour a cluster is about. For each labelled fixture (default: support-assistant and
 * agent-trajectories) it runs the offline pipeline (`runPipeline`, as `tenets run`) and the offline AutoLibra
 * induction (`induceMetrics`, N = the number of labelled behaviours, as `tenets metrics --n`), and for each
 * metric reports the majority label of its members and whether the name shares a stemmed content word with
 * that label's slug, or with the slug or its description in the fixture README's behaviour table, and which
 * share of the name's words occur there (so junk words such as "gave" or "usual" count against a name).
 * A small and lenient measure: one shared word counts as a match. See docs/offline-engine.md (metric names).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHdbscanClusterer } from '@tenets/cluster';
import { induceMetrics, runPipeline } from '@tenets/core';
import { readFixture, scoreNames, type NamedMetric } from './eval/metric-name-match.ts';

const seed = 42;
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures');
const fixtureFlags = process.argv.flatMap((argument, index) => (argument === '--fixture' ? [process.argv[index + 1]!] : []));
const fixtures = fixtureFlags.length > 0 ? fixtureFlags : [join(root, 'support-assistant'), join(root, 'agent-trajectories')];
const json = process.argv.includes('--json');

const report: Array<{ fixture: string; stage: string; names: NamedMetric[]; slugShare: number; describedShare: number; wordPrecision: number }> = [];
for (const directory of fixtures) {
  const fixture = readFixture(directory);
  const result = await runPipeline({ feedback: fixture.feedback, clusterer: createHdbscanClusterer(), seed });
  const induced = await induceMetrics({ aspects: result.aspects, feedback: result.feedback, n: new Set([...fixture.labels!.values()].map((label) => label.behaviour)).size, seed });
  for (const [stage, metrics] of [['tenets run', result.metrics], [`tenets metrics --n ${induced.n}`, induced.metrics]] as const) {
    const names = scoreNames(metrics, result.aspects, fixture);
    const share = (key: 'slugMatch' | 'describedMatch') => names.filter((entry) => entry[key]).length / Math.max(1, names.length);
    const wordPrecision = names.reduce((sum, entry) => sum + entry.wordPrecision, 0) / Math.max(1, names.length);
    report.push({ fixture: directory.split('/').pop()!, stage, names, slugShare: share('slugMatch'), describedShare: share('describedMatch'), wordPrecision });
  }
}

if (json) console.log(JSON.stringify(report, null, 2));
else {
  for (const entry of report) {
    console.log(
      `\n${entry.fixture} (${entry.stage}): ${entry.names.length} metrics; name shares a word with the majority label's slug ${percent(entry.slugShare)}, ` +
        `with slug or README description ${percent(entry.describedShare)}; name words found in slug or description ${percent(entry.wordPrecision)}`,
    );
    for (const name of entry.names) {
      const mark = name.slugMatch ? 'S' : name.describedMatch ? 'D' : '-';
      console.log(`  ${mark}  ${name.name.padEnd(36)} ${percent(name.wordPrecision).padStart(4)} ${String(name.members).padStart(5)}  ${name.majority} (${percent(name.majorityShare)})`);
    }
  }
  console.log('\nS: shares a stemmed content word with the slug; D: only with the README description; -: neither. Then the share of');
  console.log("the name's words found in the slug or description, the metric's member count and its majority label (share of members).");
}

function percent(value: number): string {
  return `${(100 * value).toFixed(0)}%`;
}
