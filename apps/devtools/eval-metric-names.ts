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
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { createHdbscanClusterer } from '@tenets/cluster';
import { contentTokens, feedbackSchema, induceMetrics, runPipeline, type Aspect, type Feedback, type Metric } from '@tenets/core';

const seed = 42;
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures');
const fixtureFlags = process.argv.flatMap((argument, index) => (argument === '--fixture' ? [process.argv[index + 1]!] : []));
const fixtures = fixtureFlags.length > 0 ? fixtureFlags : [join(root, 'support-assistant'), join(root, 'agent-trajectories')];
const json = process.argv.includes('--json');

const labelSchema = z.object({ id: z.string(), behaviour: z.string(), behaviours: z.array(z.object({ behaviour: z.string() })).nullish() });

interface NamedMetric {
  name: string;
  members: number;
  majority: string;
  majorityShare: number;
  slugMatch: boolean;
  describedMatch: boolean;
  /** Share of the name's content words that occur in the majority label's slug or description. */
  wordPrecision: number;
}

const stems = (text: string) => new Set(contentTokens(text.replace(/-/g, ' ')).map((token) => token.stem));
const shares = (left: ReadonlySet<string>, right: ReadonlySet<string>) => [...left].some((stem) => right.has(stem));

function readFixture(directory: string) {
  const lines = (file: string) => readFileSync(join(directory, file), 'utf8').split('\n').filter((line) => line.trim().length > 0);
  const feedback: Feedback[] = lines('feedback.jsonl').map((line) => feedbackSchema.parse(JSON.parse(line)));
  const labels = new Map(lines('labels.jsonl').map((line) => labelSchema.parse(JSON.parse(line))).map((label) => [label.id, label]));
  // README behaviour table rows: | `slug` | negative description | positive description |
  const descriptions = new Map<string, string>();
  for (const match of readFileSync(join(directory, 'README.md'), 'utf8').matchAll(/^\|\s*`([a-z0-9-]+)`\s*\|(.*)\|\s*$/gmu)) descriptions.set(match[1]!, match[2]!.replace(/\|/g, ' '));
  return { feedback, labels, descriptions };
}

function scoreNames(metrics: readonly Metric[], aspects: readonly Aspect[], fixture: ReturnType<typeof readFixture>): NamedMetric[] {
  const feedbackOf = new Map(aspects.map((aspect) => [aspect.id, aspect.feedbackId]));
  return metrics.map((metric) => {
    // Every member votes for each behaviour its critique mentions (two-behaviour critiques vote twice).
    const votes = new Map<string, number>();
    for (const aspectId of metric.supportingAspectIds) {
      const label = fixture.labels.get(feedbackOf.get(aspectId)!)!;
      const behaviours = label.behaviours?.map((entry) => entry.behaviour) ?? [label.behaviour];
      for (const behaviour of new Set(behaviours)) votes.set(behaviour, (votes.get(behaviour) ?? 0) + 1);
    }
    const [majority, count] = [...votes].sort((left, right) => right[1] - left[1] || (left[0] < right[0] ? -1 : 1))[0]!;
    const nameStems = stems(metric.name);
    const labelStems = new Set([...stems(majority), ...stems(fixture.descriptions.get(majority) ?? '')]);
    const slugMatch = shares(nameStems, stems(majority));
    return {
      name: metric.name,
      members: metric.supportingAspectIds.length,
      majority,
      majorityShare: count / metric.supportingAspectIds.length,
      slugMatch,
      describedMatch: slugMatch || shares(nameStems, stems(fixture.descriptions.get(majority) ?? '')),
      wordPrecision: nameStems.size === 0 ? 0 : [...nameStems].filter((stem) => labelStems.has(stem)).length / nameStems.size,
    };
  });
}

const report: Array<{ fixture: string; stage: string; names: NamedMetric[]; slugShare: number; describedShare: number; wordPrecision: number }> = [];
for (const directory of fixtures) {
  const fixture = readFixture(directory);
  const result = await runPipeline({ feedback: fixture.feedback, clusterer: createHdbscanClusterer(), seed });
  const induced = await induceMetrics({ aspects: result.aspects, feedback: result.feedback, n: new Set([...fixture.labels.values()].map((label) => label.behaviour)).size, seed });
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
