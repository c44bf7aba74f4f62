/**
 * `npx tsx --conditions=@tenets/source apps/devtools/eval-drafting.ts [--fixture DIR]… [--verbose] [--json]`: the
 * quality of the offline drafting on labelled fixtures (default: support-assistant and agent-trajectories). For
 * `tenets run` (runPipeline) and the offline AutoLibra induction (`tenets metrics --n`, N = labelled behaviours):
 * the share of principles that read as rules, of metric names that are behaviour phrases, the definition fit
 * (see eval/drafting-quality.ts) and the label-word match of eval-metric-names.ts. `--verbose` lists them.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHdbscanClusterer } from '@tenets/cluster';
import { induceMetrics, runPipeline } from '@tenets/core';
import { definitionFit, isBehaviourPhrase, isRule } from './eval/drafting-quality.ts';
import { readFixture, scoreNames } from './eval/metric-name-match.ts';

const seed = 42;
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures');
const fixtureFlags = process.argv.flatMap((argument, index) => (argument === '--fixture' ? [process.argv[index + 1]!] : []));
const fixtures = fixtureFlags.length > 0 ? fixtureFlags : [join(root, 'support-assistant'), join(root, 'agent-trajectories')];
const verbose = process.argv.includes('--verbose');
const json = process.argv.includes('--json');
const percent = (value: number) => `${(100 * value).toFixed(0)}%`;

const rows: Array<Record<string, string | number>> = [];
for (const directory of fixtures) {
  const fixture = readFixture(directory);
  const result = await runPipeline({ feedback: fixture.feedback, clusterer: createHdbscanClusterer(), seed });
  const induced = await induceMetrics({ aspects: result.aspects, feedback: result.feedback, n: new Set([...fixture.labels!.values()].map((label) => label.behaviour)).size, seed });
  const principles = result.constitution.principles;
  const name = directory.split('/').filter(Boolean).pop()!;
  for (const [stage, metrics, clusters] of [
    ['tenets run', result.metrics, result.clustering.clusters],
    [`tenets metrics --n ${induced.n}`, induced.metrics, induced.clusters],
  ] as const) {
    const names = scoreNames(metrics, result.aspects, fixture);
    const row: Record<string, string | number> = {
      fixture: name,
      stage,
      metrics: metrics.length,
      behaviourPhrases: metrics.filter((metric) => isBehaviourPhrase(metric.name)).length / Math.max(1, metrics.length),
      definitionFit: definitionFit(metrics, clusters, result.aspects),
      definitionFitLeaveOut: definitionFit(metrics, clusters, result.aspects, { leaveSourceOut: true }),
      labelWordMatch: names.filter((entry) => entry.describedMatch).length / Math.max(1, names.length),
    };
    if (stage === 'tenets run') Object.assign(row, { principles: principles.length, rules: principles.filter((principle) => isRule(principle.text)).length / Math.max(1, principles.length) });
    rows.push(row);
    if (verbose && !json) {
      console.log(`\n${name} (${stage})`);
      if (stage === 'tenets run') for (const principle of principles) console.log(`  ${isRule(principle.text) ? 'R' : '-'} ${principle.text}`);
      for (const metric of metrics) console.log(`  ${isBehaviourPhrase(metric.name) ? 'B' : '-'} ${metric.name.padEnd(44)} ${metric.definition.replace(/ Grounded in .*/u, '')}`);
    }
  }
}

if (json) console.log(JSON.stringify(rows, null, 2));
else {
  console.log('\nfixture              stage                      principles  rules  metrics  behaviour-phrases  definition-fit (source left out)  label-word-match');
  for (const row of rows) {
    console.log(
      `${String(row.fixture).padEnd(20)} ${String(row.stage).padEnd(26)} ${String(row.principles ?? '').padStart(10)}  ${(row.rules === undefined ? '' : percent(row.rules as number)).padStart(5)}  ${String(row.metrics).padStart(7)}  ${percent(row.behaviourPhrases as number).padStart(17)}  ${percent(row.definitionFit as number).padStart(14)} ${`(${percent(row.definitionFitLeaveOut as number)})`.padStart(17)}  ${percent(row.labelWordMatch as number).padStart(16)}`,
    );
  }
}
