/**
 * `npm run eval`: how well the offline engine recovers the labelled behaviours of the synthetic support-assistant
 * fixture, beside TF-IDF + k-means baselines that are given the true number of behaviours. Prints a report
 * (or JSON with --json; --fixture DIR scores another generated log). See docs/offline-engine.md for the
 * definitions and the measured numbers.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { embedMany } from 'ai';
import { createHdbscanClusterer } from '@tenets/cluster';
import {
  clusteringAgreement,
  createLexicalEmbeddingModel,
  groundOffline,
  offlineClusteringDefaults,
  runPipeline,
  stopwords,
  type ClusteringAgreement,
  type Feedback,
  type RunPipelineOptions,
} from '@tenets/core';
import { critiqueClusters, withNoise } from './eval/critique-clusters.ts';
import { readSupportFixture } from './eval/read-support-fixture.ts';
import { bestOfRestarts, tfidfKMeansBaseline } from './eval/tfidf-k-means-baseline.ts';

const seed = 42;
const fixtureFlag = process.argv.indexOf('--fixture');
// Another generated log (fixtures/support-assistant/generate.ts --count N --out DIR) can be scored the same way.
const fixtureDirectory = fixtureFlag >= 0 ? process.argv[fixtureFlag + 1]! : join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'support-assistant');
const json = process.argv.includes('--json');

interface Row {
  method: string;
  givenK: boolean;
  clusters: number;
  noiseCritiques: number;
  noiseAsOneLabel: ClusteringAgreement;
  noiseAsSingletons: ClusteringAgreement;
  seconds: number;
  note: string;
}

const { feedback, labels } = readSupportFixture(fixtureDirectory);
const truth = feedback.map((record) => labels.get(record.id)!.behaviour);
const behaviourCount = new Set(truth).size;
const clusterer = createHdbscanClusterer();
const grounded = feedback.map((record) => groundOffline(record));
const aspectCount = grounded.flat().length;
// Sign check: the first aspect of each critique against the critique's primary label.
const signAgreement = grounded.filter((aspects, index) => aspects[0]?.sign === labels.get(feedback[index]!.id)!.sign).length / feedback.length;
const recommended = offlineClusteringDefaults(aspectCount);
const rows: Row[] = [];

async function pipelineRow(method: string, note: string, options: Partial<RunPipelineOptions>): Promise<Row> {
  const started = performance.now();
  const result = await runPipeline({ feedback, clusterer, seed, ...options });
  const predicted = critiqueClusters(result.feedback, result.aspects, result.clustering);
  return {
    method,
    givenK: false,
    clusters: result.clustering.clusters.length,
    noiseCritiques: predicted.filter((label) => label === undefined).length,
    noiseAsOneLabel: clusteringAgreement(truth, withNoise(predicted, 'one-label')),
    noiseAsSingletons: clusteringAgreement(truth, withNoise(predicted, 'singletons')),
    seconds: (performance.now() - started) / 1000,
    note,
  };
}

function kMeansRow(method: string, note: string, work: () => Int32Array | Promise<Int32Array>): Promise<Row> {
  const started = performance.now();
  return Promise.resolve(work()).then((labelsOut) => {
    const predicted = [...labelsOut].map(String);
    const agreement = clusteringAgreement(truth, predicted);
    return { method, givenK: true, clusters: new Set(predicted).size, noiseCritiques: 0, noiseAsOneLabel: agreement, noiseAsSingletons: agreement, seconds: (performance.now() - started) / 1000, note };
  });
}

rows.push(
  await pipelineRow(
    'offline engine, recommended settings',
    `runPipeline + offlineClusteringDefaults(${aspectCount}) = minClusterSize ${recommended.minClusterSize}, minSamples ${recommended.minSamples}, reassignNoiseThreshold ${recommended.reassignNoiseThreshold}`,
    recommended,
  ),
);
rows.push(
  await pipelineRow(
    'offline engine, strict HDBSCAN',
    `as above without noise reassignment (minClusterSize ${recommended.minClusterSize}, minSamples ${recommended.minSamples})`,
    { minClusterSize: recommended.minClusterSize, minSamples: recommended.minSamples, reassignNoiseThreshold: null },
  ),
);
rows.push(await pipelineRow('runPipeline defaults (tenets run)', 'runPipeline({ feedback, clusterer, seed }) with no clustering options', {}));
rows.push(await kMeansRow('baseline: TF-IDF + k-means', `scikit-learn-style TfidfVectorizer defaults, k-means++ k=${behaviourCount}, best of 10 seeded restarts`, () =>
  tfidfKMeansBaseline({ texts: feedback.map((record) => record.critique), k: behaviourCount, seed }),
));
rows.push(await kMeansRow('baseline: TF-IDF (stopwords, sublinear tf) + k-means', `same, English/French/Spanish/German stopwords removed, 1 + ln tf`, () =>
  tfidfKMeansBaseline({ texts: feedback.map((record) => record.critique), k: behaviourCount, seed, stopwords, sublinear: true }),
));
rows.push(await kMeansRow('ablation: lexical LSA of whole critiques + k-means', `our embedding model, no grounding, no HDBSCAN, k=${behaviourCount} given`, async () => {
  const texts = feedback.map((record: Feedback) => record.critique);
  const { embeddings } = await embedMany({ model: createLexicalEmbeddingModel({ corpus: texts, seed }), values: texts });
  return bestOfRestarts(embeddings.map((embedding) => Float64Array.from(embedding)), behaviourCount, seed, 10);
}));

// Cross-seed stability (BERTopic's most reported problem): the same input under other seeds, compared pairwise.
const stabilitySeeds = [42, 7, 2026];
const labellings = await Promise.all(
  stabilitySeeds.map(async (stabilitySeed) => {
    const result = await runPipeline({ feedback, clusterer, seed: stabilitySeed });
    return withNoise(critiqueClusters(result.feedback, result.aspects, result.clustering), 'one-label');
  }),
);
const truthBySeed = labellings.map((labelling, index) => ({ seed: stabilitySeeds[index]!, ...clusteringAgreement(truth, labelling) }));
const stability = stabilitySeeds.flatMap((first, left) =>
  stabilitySeeds.slice(left + 1).map((second, offset) => ({ seeds: [first, second], ...clusteringAgreement(labellings[left]!, labellings[left + 1 + offset]!) })),
);

if (json) {
  process.stdout.write(`${JSON.stringify({ fixture: fixtureDirectory, critiques: feedback.length, behaviours: behaviourCount, aspects: aspectCount, signAgreement, seed, rows, stability, truthBySeed }, null, 2)}\n`);
} else {
  const format = (value: number) => value.toFixed(3);
  const lines = [
    `Offline engine vs baselines on ${fixtureDirectory} (SYNTHETIC): ${feedback.length} critiques, ${behaviourCount} labelled behaviours, ${aspectCount} offline aspects, seed ${seed}`,
    '',
    'Scored per critique against its primary behaviour label. A critique\'s predicted cluster is the cluster holding most of',
    'its aspects (ties: the earliest aspect); a critique whose aspects are all noise is "noise", scored two ways:',
    'as ONE shared label (the main figure: noise counts as one wrong catch-all group) and as SINGLETONS (each its own cluster).',
    '',
    `${'method'.padEnd(55)} ${'k given'.padEnd(8)} ${'clusters'.padStart(8)} ${'noise'.padStart(6)} ${'NMI'.padStart(6)} ${'ARI'.padStart(6)}   ${'NMI/ARI singletons'.padEnd(18)} ${'seconds'.padStart(7)}`,
    ...rows.map((row) =>
      `${row.method.padEnd(55)} ${(row.givenK ? 'yes' : 'no').padEnd(8)} ${String(row.clusters).padStart(8)} ${String(row.noiseCritiques).padStart(6)} ${format(row.noiseAsOneLabel.normalizedMutualInformation).padStart(6)} ${format(row.noiseAsOneLabel.adjustedRandIndex).padStart(6)}   ${`${format(row.noiseAsSingletons.normalizedMutualInformation)} / ${format(row.noiseAsSingletons.adjustedRandIndex)}`.padEnd(18)} ${row.seconds.toFixed(2).padStart(7)}`,
    ),
    '',
    ...rows.map((row) => `- ${row.method}: ${row.note}`),
    '',
    `Grounding: the sign of each critique's first aspect agrees with its label for ${(signAgreement * 100).toFixed(1)}% of critiques.`,
    `Stability across seeds (tenets run defaults, critique labels compared pairwise): ${stability
      .map((pair) => `${pair.seeds.join(' vs ')}: NMI ${format(pair.normalizedMutualInformation)} / ARI ${format(pair.adjustedRandIndex)}`)
      .join('; ')}.`,
    `Against the labels per seed: ${truthBySeed.map((entry) => `seed ${entry.seed}: NMI ${format(entry.normalizedMutualInformation)} / ARI ${format(entry.adjustedRandIndex)}`).join('; ')}.`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
