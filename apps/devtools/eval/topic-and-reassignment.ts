/**
 * Sweeps the two offline clustering choices of issue #13 on labelled fixtures: the weight of topic words (words a
 * behaviour shares with its own prompt, response or trajectory) in the lexical embedding, and how noise is
 * reassigned to clusters. Scores each setting per critique against the labels (NMI/ARI, noise as one label and as
 * singletons), counts the critiques left as noise and, where the labels name a topic, how much the clusters follow it.
 *
 *   npx tsx --conditions=@tenets/source apps/devtools/eval/topic-and-reassignment.ts [--fixture DIR]... [--topic|--reassignment] [--json]
 *
 * Without --fixture it scores the DEV splits: fixtures/support-assistant, fixtures/agent-trajectories and
 * (when present) fixtures/reasoning-critiques. Pass `heldout/` directories to score the REPORT splits (once, at the
 * end: the defaults were chosen on DEV). Every setting runs under three seeds; the tables show their means.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHdbscanClusterer } from '@tenets/cluster';
import {
  clusterAspects,
  clusteringAgreement,
  embedAspects,
  groundFeedback,
  offlineClusteringDefaults,
  type Aspect,
  type Clusterer,
  type ClusteringAgreement,
  type Feedback,
  type TopicSource,
} from '@tenets/core';
import { critiqueClusters, withNoise } from './critique-clusters.ts';
import { readLabelledFixture as readEvalFixture } from './datasets.ts';

/** A labelled log: each critique's reference label (its primary behaviour, or kind of error) and optional topic. */
export interface LabelledFixture {
  name: string;
  feedback: Feedback[];
  labels: Map<string, string>;
  /** The question's topic or scenario per critique, when the labels name one (to see whether clusters follow it). */
  topics?: Map<string, string>;
}

/** How noise aspects are reassigned: not at all, or to the nearest centroid at cosine ≥ threshold (and by a margin). */
export interface ReassignmentRule {
  name: string;
  threshold?: number;
  margin?: number;
}

export interface SweepOptions {
  fixtures: readonly LabelledFixture[];
  /** @default [1, 0.5, 0.1] */
  topicWeights?: readonly number[];
  /** Whether quoted words keep their full weight; both by default. */
  keepQuotedWords?: readonly boolean[];
  /** Which part of the context names the topic; both by default. */
  topicSources?: readonly TopicSource[];
  /** Whether down-weighting scales with the share of a word's uses explained by the context; both by default. */
  topicByShare?: readonly boolean[];
  /** @default none, 0.2, 0.3, 0.4, 0.5, and margin rules */
  reassignments?: readonly ReassignmentRule[];
  /** Each setting runs under every seed (the SVD and HDBSCAN tie-breaks); the summary averages them. @default [42, 7, 2026] */
  seeds?: readonly number[];
  clusterer?: Clusterer;
}

export interface SweepRow {
  fixture: string;
  seed: number;
  topicWeight: number;
  topicSource: TopicSource;
  topicByShare: boolean;
  keepQuotedWords: boolean;
  reassignment: string;
  clusters: number;
  /** Critiques all of whose aspects are noise. */
  noiseCritiques: number;
  critiques: number;
  /** Aspects moved out of noise by the reassignment rule, of all aspects. */
  reassignedAspects: number;
  aspects: number;
  noiseAsOneLabel: ClusteringAgreement;
  noiseAsSingletons: ClusteringAgreement;
  /** NMI of the predicted clusters (noise as one label) with the topic labels; lower is better. Absent without topics. */
  topicNmi?: number;
}

export const defaultReassignments: readonly ReassignmentRule[] = [
  { name: 'none' },
  { name: '≥ 0.2', threshold: 0.2 },
  { name: '≥ 0.3', threshold: 0.3 },
  { name: '≥ 0.4', threshold: 0.4 },
  { name: '≥ 0.5', threshold: 0.5 },
  { name: '≥ 0.2, margin 0.02', threshold: 0.2, margin: 0.02 },
  { name: '≥ 0.2, margin 0.05', threshold: 0.2, margin: 0.05 },
  { name: '≥ 0.2, margin 0.1', threshold: 0.2, margin: 0.1 },
  { name: '≥ 0.3, margin 0.05', threshold: 0.3, margin: 0.05 },
];

/** The lexical model's default topic weight (`defaultTopicWeight` in packages/core/src/embed/lexical). */
const shippedTopicWeight = 0.1;

/** The topic sweep: weights × where topic words come from × quoted words × scaling by share, at the shipped reassignment. */
export function topicSweep(fixtures: readonly LabelledFixture[]): SweepOptions {
  const threshold = offlineClusteringDefaults(1000).reassignNoiseThreshold;
  return { fixtures, topicWeights: [1, 0.5, 0.25, 0.1, 0], topicSources: ['input', 'all'], keepQuotedWords: [true, false], topicByShare: [true, false], reassignments: [{ name: `≥ ${threshold}`, threshold }] };
}

/** The reassignment sweep: every rule, without topic weighting and with the shipped one. */
export function reassignmentSweep(fixtures: readonly LabelledFixture[]): SweepOptions {
  return { fixtures, topicWeights: [1, shippedTopicWeight], topicSources: ['input'], keepQuotedWords: [true], topicByShare: [true], reassignments: defaultReassignments };
}

/** Every (topic weight × quoted-word rule × reassignment rule) on every fixture; grounding runs once per fixture. */
export async function sweepTopicAndReassignment(options: SweepOptions): Promise<SweepRow[]> {
  const { fixtures, topicWeights = [1, 0.5, 0.1], keepQuotedWords = [true, false], topicSources = ['input', 'all'], topicByShare = [true, false], reassignments = defaultReassignments, seeds = [42, 7, 2026] } = options;
  const clusterer = options.clusterer ?? createHdbscanClusterer();
  const rows: SweepRow[] = [];
  for (const fixture of fixtures) {
    // As runPipeline does: human feedback only, grounded offline.
    const feedback = fixture.feedback.filter((record) => record.origin !== 'machine');
    const { aspects } = await groundFeedback({ feedback });
    const contexts = new Map(feedback.map((record) => [record.id, record.context]));
    const defaults = offlineClusteringDefaults(aspects.length);
    const truth = feedback.map((record) => fixture.labels.get(record.id)!);
    const topics = fixture.topics ? feedback.map((record) => fixture.topics!.get(record.id) ?? '') : undefined;
    for (const seed of seeds) for (const topicWeight of topicWeights) {
      // The quoted-word rule only matters when topic words are weighted.
      const variants = topicWeight === 1 ? [[topicSources[0]!, true, false] as const] : topicSources.flatMap((source) => keepQuotedWords.flatMap((keep) => topicByShare.map((byShare) => [source, keep, byShare] as const)));
      for (const [topicSource, keepQuoted, byShare] of variants) {
        const { embeddings } = await embedAspects({ aspects, contexts, lexical: { seed, topicWeight, topicSource, keepQuotedWords: keepQuoted, topicByShare: byShare } });
        for (const rule of reassignments) {
          const predicted = await clusterCritiques(feedback, aspects, embeddings, clusterer, seed, defaults, rule);
          rows.push({
            fixture: fixture.name,
            seed,
            topicWeight,
            topicSource,
            topicByShare: byShare,
            keepQuotedWords: keepQuoted,
            reassignment: rule.name,
            clusters: predicted.clusters,
            noiseCritiques: predicted.labels.filter((label) => label === undefined).length,
            critiques: feedback.length,
            reassignedAspects: predicted.reassigned,
            aspects: aspects.length,
            noiseAsOneLabel: clusteringAgreement(truth, withNoise(predicted.labels, 'one-label')),
            noiseAsSingletons: clusteringAgreement(truth, withNoise(predicted.labels, 'singletons')),
            ...(topics ? { topicNmi: clusteringAgreement(topics, withNoise(predicted.labels, 'one-label')).normalizedMutualInformation } : {}),
          });
        }
      }
    }
  }
  return rows;
}

async function clusterCritiques(
  feedback: readonly Feedback[],
  aspects: readonly Aspect[],
  embeddings: ReadonlyMap<string, Float32Array>,
  clusterer: Clusterer,
  seed: number,
  defaults: ReturnType<typeof offlineClusteringDefaults>,
  rule: ReassignmentRule,
): Promise<{ labels: Array<string | undefined>; clusters: number; reassigned: number }> {
  const { clustering } = await clusterAspects({
    aspects,
    embeddings,
    clusterer,
    engine: 'offline',
    seed,
    minClusterSize: defaults.minClusterSize,
    minSamples: defaults.minSamples,
    reassignNoiseThreshold: rule.threshold,
    reassignNoiseMargin: rule.margin,
  });
  return { labels: critiqueClusters(feedback, aspects, clustering), clusters: clustering.clusters.length, reassigned: clustering.reassigned.length };
}

/** A labelled fixture directory (`eval/datasets.ts` reads and validates it) with its labels and topics as the sweep uses them. */
export function readLabelledFixture(directory: string, name = fixtureName(directory)): LabelledFixture {
  const readmeDirectory = existsSync(join(directory, 'README.md')) ? directory : dirname(directory);
  const dataset = readEvalFixture(name, 'dev', directory, readmeDirectory);
  const labels = new Map([...dataset.labels!].map(([id, label]) => [id, label.behaviour!]));
  const topics = new Map([...dataset.labels!].flatMap(([id, label]) => (label.topic ? [[id, label.topic] as const] : [])));
  return { name, feedback: dataset.feedback, labels, ...(topics.size > 0 ? { topics } : {}) };
}

function fixtureName(directory: string): string {
  const base = basename(directory);
  return base === 'heldout' ? `${basename(dirname(directory))}/heldout` : base;
}

/** The DEV fixtures of the repository (reasoning-critiques only once it exists). */
export function devFixtureDirectories(root: string): string[] {
  return ['support-assistant', 'agent-trajectories', 'reasoning-critiques'].map((name) => join(root, 'fixtures', name)).filter((directory) => existsSync(join(directory, 'labels.jsonl')));
}

/** One setting on one fixture (or on all, `fixture: "mean"`), its figures averaged over the seeds. */
export interface SweepSummary {
  fixture: string;
  setting: string;
  topicWeight: number;
  topicSource: TopicSource;
  topicByShare: boolean;
  keepQuotedWords: boolean;
  reassignment: string;
  clusters: number;
  noiseShare: number;
  reassignedShare: number;
  nmi: number;
  ari: number;
  singletonNmi: number;
  singletonAri: number;
  topicNmi?: number;
}

/** Averages the rows of each setting over seeds per fixture, then adds each setting's mean over the fixtures. */
export function summariseSweep(rows: readonly SweepRow[]): SweepSummary[] {
  const settingOf = (row: SweepRow) => `w ${row.topicWeight.toFixed(2)}${row.topicWeight === 1 ? '' : ` ${row.topicSource}${row.topicByShare ? ' by share' : ''}${row.keepQuotedWords ? '' : ', quotes weighed'}`}; ${row.reassignment}`;
  const groups = new Map<string, SweepRow[]>();
  for (const row of rows) {
    for (const fixture of [row.fixture, 'mean']) {
      const key = `${fixture}\u0000${settingOf(row)}`;
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }
  }
  const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(values.length, 1);
  return [...groups].map(([key, members]) => {
    const [fixture, setting] = key.split('\u0000') as [string, string];
    const first = members[0]!;
    // The mean over fixtures weighs each fixture equally, whatever its size.
    const byFixture = (pick: (row: SweepRow) => number) => mean([...new Set(members.map((row) => row.fixture))].map((name) => mean(members.filter((row) => row.fixture === name).map(pick))));
    const withTopics = members.filter((row) => row.topicNmi !== undefined);
    return {
      fixture,
      setting,
      topicWeight: first.topicWeight,
      topicSource: first.topicSource,
      topicByShare: first.topicByShare,
      keepQuotedWords: first.keepQuotedWords,
      reassignment: first.reassignment,
      clusters: byFixture((row) => row.clusters),
      noiseShare: byFixture((row) => row.noiseCritiques / row.critiques),
      reassignedShare: byFixture((row) => row.reassignedAspects / row.aspects),
      nmi: byFixture((row) => row.noiseAsOneLabel.normalizedMutualInformation),
      ari: byFixture((row) => row.noiseAsOneLabel.adjustedRandIndex),
      singletonNmi: byFixture((row) => row.noiseAsSingletons.normalizedMutualInformation),
      singletonAri: byFixture((row) => row.noiseAsSingletons.adjustedRandIndex),
      ...(withTopics.length > 0 ? { topicNmi: mean(withTopics.map((row) => row.topicNmi!)) } : {}),
    };
  });
}

/** The summary as a table: one line per setting, grouped by fixture, the mean over fixtures last. */
export function formatSweep(summaries: readonly SweepSummary[]): string {
  const format = (value: number) => value.toFixed(3);
  const header = `${'fixture'.padEnd(30)} ${'setting'.padEnd(44)} ${'clusters'.padStart(8)} ${'noise'.padStart(6)} ${'moved'.padStart(6)} ${'NMI'.padStart(6)} ${'ARI'.padStart(6)}   ${'NMI/ARI singletons'.padEnd(18)} ${'topic NMI'.padStart(9)}`;
  const fixtures = [...new Set(summaries.map((summary) => summary.fixture))].sort((left, right) => Number(left === 'mean') - Number(right === 'mean'));
  const lines = fixtures.flatMap((fixture) => [
    '',
    ...summaries
      .filter((summary) => summary.fixture === fixture)
      .map((summary) =>
        [
          summary.fixture.padEnd(30),
          summary.setting.padEnd(44),
          summary.clusters.toFixed(1).padStart(8),
          `${(summary.noiseShare * 100).toFixed(1)}%`.padStart(6),
          `${(summary.reassignedShare * 100).toFixed(1)}%`.padStart(6),
          format(summary.nmi).padStart(6),
          format(summary.ari).padStart(6),
          `  ${format(summary.singletonNmi)} / ${format(summary.singletonAri)}`.padEnd(20),
          (summary.topicNmi === undefined ? '' : format(summary.topicNmi)).padStart(9),
        ].join(' '),
      ),
  ]);
  return [
    'Per critique against its label, averaged over seeds; noise = share of critiques whose aspects are all noise; moved = share of',
    'aspects the rule took out of noise;',
    'scored as one shared label (NMI, ARI) and as singletons; topic NMI = agreement of the clusters with the question topic (lower is better).',
    header,
    ...lines,
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
  const given = process.argv.flatMap((argument, index) => (process.argv[index - 1] === '--fixture' ? [argument] : []));
  const directories = given.length > 0 ? given : devFixtureDirectories(root);
  const fixtures = directories.map((directory) => readLabelledFixture(directory));
  const only = process.argv.includes('--topic') ? 'topic' : process.argv.includes('--reassignment') ? 'reassignment' : undefined;
  const topicRows = only === 'reassignment' ? [] : await sweepTopicAndReassignment(topicSweep(fixtures));
  const reassignmentRows = only === 'topic' ? [] : await sweepTopicAndReassignment(reassignmentSweep(fixtures));
  if (process.argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify({ topic: topicRows, reassignment: reassignmentRows }, null, 2)}\n`);
  } else {
    const sections = [
      ...(topicRows.length > 0 ? ['Topic weighting (w = weight of topic words; input = prompt and user messages, all = also the response and trajectory):', formatSweep(summariseSweep(topicRows))] : []),
      ...(reassignmentRows.length > 0 ? ['', 'Noise reassignment:', formatSweep(summariseSweep(reassignmentRows))] : []),
    ];
    process.stdout.write(`${sections.join('\n')}\n`);
  }
}
