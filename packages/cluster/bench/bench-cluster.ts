// Clustering benchmark: seeded gaussian blobs on the unit sphere (controlled overlap, 5 % uniform background
// noise), each case in a fresh process so peak RSS belongs to that case alone. Prints markdown tables on stdout,
// progress on stderr.
//
//   npm run bench:cluster                                   # everything (several minutes; hdbscan-ts alone ~30 s)
//   npm run bench:cluster -- --sizes 1000,10000 --dims 384  # part of it
//   npm run bench:cluster -- --hdbscan-ts none --pca none   # skip the hdbscan-ts and PCA tables
//
// Options: --sizes, --dims, --hdbscan-ts (sizes or none), --pca (components or none), --pca-size, --spread,
// --clusters, --seed, --workers, --agreement-sample.
import { spawn } from 'node:child_process';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { adjustedRandIndex, createHdbscanTsClusterer, hdbscan, normalizedMutualInformation, type HdbscanOptions } from '@tenets/cluster';
import { generateBlobs } from '@tenets/cluster/test';

interface Case {
  kind: 'engine' | 'hdbscan-ts' | 'pca';
  count: number;
  dimensions: number;
  spread: number;
  clusters: number;
  seed: number;
  workers: number | undefined;
  agreementSample: number;
  pcaComponents?: number;
}

interface CaseResult {
  engine: string;
  seconds: number;
  cpuSeconds: number;
  peakRssMb: number;
  clusters: number;
  noiseShare: number;
  ariTruth: number;
  nmiTruth: number;
  /** Approximate vs exact on the same points (the whole set, or a sample for large n). */
  agreement?: { points: number; ari: number; exactSeconds: number; approximateSeconds: number };
  timings?: Record<string, number>;
  diagnostics?: Record<string, number | undefined>;
  /** hdbscan-ts and PCA cases: our exact engine on the same data. */
  reference?: { seconds: number; ari: number };
  warnings: string[];
}

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,2000,5000,10000,20000,100000' },
    dims: { type: 'string', default: '64,384' },
    'hdbscan-ts': { type: 'string', default: '1000,2000' },
    pca: { type: 'string', default: '16,32,64,128' },
    'pca-size': { type: 'string', default: '10000' },
    spread: { type: 'string', default: '1' },
    clusters: { type: 'string', default: '20' },
    seed: { type: 'string', default: '1' },
    workers: { type: 'string' },
    'agreement-sample': { type: 'string', default: '20000' },
    child: { type: 'string' },
  },
});

/** √n / 2 within 3…50: fixed here so engine timings stay comparable (the pipeline default also grows as n/100 beyond ~2,500 points). */
const minClusterSizeFor = (count: number) => Math.max(3, Math.min(50, Math.round(Math.sqrt(count) / 2)));

if (values.child !== undefined) {
  const result = await runCase(JSON.parse(values.child) as Case);
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else {
  await main();
}

async function main() {
  const list = (text: string) => (text === 'none' ? [] : text.split(',').map(Number));
  const base = {
    spread: Number(values.spread),
    clusters: Number(values.clusters),
    seed: Number(values.seed),
    workers: values.workers === undefined ? undefined : Number(values.workers),
    agreementSample: Number(values['agreement-sample']),
  };
  const started = loadavg()[0]!;
  console.log(`# Clustering benchmark\n`);
  console.log(
    `Machine: ${availableParallelism()} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}; load average at start ${started.toFixed(2)} ` +
      `(shared machine: other work can inflate timings). Data: ${base.clusters} gaussian blobs, spread ${base.spread}, 5 % background noise, ` +
      `sizes skewed 1/√rank, seed ${base.seed}; minClusterSize = the pipeline default √n/2 clamped to [3, 50], minSamples = minClusterSize.\n`,
  );

  const dims = list(values.dims);
  const sizes = list(values.sizes);
  if (sizes.length > 0) {
    console.log('| n | d | engine | wall s | cpu s | peak RSS MB | clusters | noise | ARI truth | NMI truth | approx vs exact ARI (points) | phases ms |');
    console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
    for (const dimensions of dims) {
      for (const count of sizes) {
        const result = await runChild({ kind: 'engine', count, dimensions, ...base });
        const agreement = result.agreement ? `${result.agreement.ari.toFixed(4)} (${result.agreement.points})` : '–';
        const phases = Object.entries(result.timings ?? {})
          .map(([phase, milliseconds]) => `${phase} ${Math.round(milliseconds)}`)
          .join(', ');
        console.log(
          `| ${count} | ${dimensions} | ${result.engine} | ${result.seconds.toFixed(2)} | ${result.cpuSeconds.toFixed(2)} | ${Math.round(result.peakRssMb)} | ` +
            `${result.clusters} | ${(100 * result.noiseShare).toFixed(1)} % | ${result.ariTruth.toFixed(4)} | ${result.nmiTruth.toFixed(4)} | ${agreement} | ${phases} |`,
        );
      }
    }
    console.log('');
  }

  const htsSizes = list(values['hdbscan-ts']);
  if (htsSizes.length > 0) {
    console.log('| n | d | hdbscan-ts s | tenets-hdbscan s | speed-up | hdbscan-ts ARI truth | hdbscan-ts noise | ARI between |');
    console.log('|---|---|---|---|---|---|---|---|');
    for (const dimensions of dims) {
      for (const count of htsSizes) {
        const result = await runChild({ kind: 'hdbscan-ts', count, dimensions, ...base });
        const reference = result.reference!;
        console.log(
          `| ${count} | ${dimensions} | ${result.seconds.toFixed(2)} | ${reference.seconds.toFixed(3)} | ${(result.seconds / reference.seconds).toFixed(0)}× | ` +
            `${result.ariTruth.toFixed(4)} | ${(100 * result.noiseShare).toFixed(1)} % | ${reference.ari.toFixed(4)} |`,
        );
      }
    }
    console.log('');
  }

  const components = list(values.pca);
  const pcaSize = Number(values['pca-size']);
  if (components.length > 0) {
    console.log(`| PCA components (n = ${pcaSize}, d = 384) | wall s | unreduced s | ARI vs unreduced | ARI truth | clusters |`);
    console.log('|---|---|---|---|---|---|');
    for (const pcaComponents of components) {
      const result = await runChild({ kind: 'pca', count: pcaSize, dimensions: 384, pcaComponents, ...base });
      console.log(
        `| ${pcaComponents} | ${result.seconds.toFixed(2)} | ${result.reference!.seconds.toFixed(2)} | ${result.reference!.ari.toFixed(4)} | ` +
          `${result.ariTruth.toFixed(4)} | ${result.clusters} |`,
      );
    }
    console.log('');
  }
  console.log(`Load average at end: ${loadavg()[0]!.toFixed(2)}.`);
}

function runChild(task: Case): Promise<CaseResult> {
  process.stderr.write(`… ${task.kind} n=${task.count} d=${task.dimensions}${task.pcaComponents ? ` pca=${task.pcaComponents}` : ''}\n`);
  const script = fileURLToPath(import.meta.url);
  const child = spawn(process.execPath, [...process.execArgv, script, '--child', JSON.stringify(task)], { stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`benchmark case ${JSON.stringify(task)} exited with code ${code}`));
      else resolve(JSON.parse(output.trim().split('\n').at(-1)!) as CaseResult);
    });
  });
}

async function runCase(task: Case): Promise<CaseResult> {
  const blobs = generateBlobs({
    count: task.count,
    dimensions: task.dimensions,
    clusters: task.clusters,
    spread: task.spread,
    backgroundShare: 0.05,
    skew: 0.5,
    seed: task.seed,
  });
  const minClusterSize = minClusterSizeFor(task.count);
  const common: HdbscanOptions = { vectors: blobs.vectors, minClusterSize, seed: task.seed, ...(task.workers === undefined ? {} : { workers: task.workers }) };
  const measure = async <VALUE>(run: () => Promise<VALUE>) => {
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const value = await run();
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    return { value, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
  };
  const summarise = (labels: Int32Array) => ({
    clusters: new Set(labels).size - (labels.includes(-1) ? 1 : 0),
    noiseShare: labels.filter((label) => label === -1).length / labels.length,
    ariTruth: adjustedRandIndex(labels, blobs.labels),
    nmiTruth: normalizedMutualInformation(labels, blobs.labels),
  });

  if (task.kind === 'hdbscan-ts') {
    const ours = await measure(() => hdbscan({ ...common, engine: 'exact' }));
    const theirs = await measure(() => createHdbscanTsClusterer().cluster({ vectors: blobs.vectors, minClusterSize, seed: task.seed }));
    return {
      engine: 'hdbscan-ts',
      seconds: theirs.seconds,
      cpuSeconds: theirs.cpuSeconds,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      ...summarise(theirs.value.labels),
      reference: { seconds: ours.seconds, ari: adjustedRandIndex(theirs.value.labels, ours.value.labels) },
      warnings: theirs.value.warnings,
    };
  }
  if (task.kind === 'pca') {
    const unreduced = await measure(() => hdbscan({ ...common, engine: 'exact' }));
    const reduced = await measure(() => hdbscan({ ...common, engine: 'exact', pcaComponents: task.pcaComponents }));
    return {
      engine: `exact + PCA ${task.pcaComponents}`,
      seconds: reduced.seconds,
      cpuSeconds: reduced.cpuSeconds,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      ...summarise(reduced.value.labels),
      reference: { seconds: unreduced.seconds, ari: adjustedRandIndex(reduced.value.labels, unreduced.value.labels) },
      timings: reduced.value.timings,
      warnings: reduced.value.warnings,
    };
  }

  const main = await measure(() => hdbscan(common));
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const result = main.value;
  let agreement: CaseResult['agreement'];
  if (result.engine === 'exact') {
    const approximate = await measure(() => hdbscan({ ...common, engine: 'approximate' }));
    agreement = { points: task.count, ari: adjustedRandIndex(approximate.value.labels, result.labels), exactSeconds: main.seconds, approximateSeconds: approximate.seconds };
  } else if (task.agreementSample > 0) {
    const sample = sampleIndices(task.count, Math.min(task.count, task.agreementSample), task.seed);
    const vectors = sample.map((index) => blobs.vectors[index]!);
    const sampleMinClusterSize = minClusterSizeFor(vectors.length);
    const exact = await measure(() => hdbscan({ ...common, vectors, minClusterSize: sampleMinClusterSize, engine: 'exact' }));
    const approximate = await measure(() => hdbscan({ ...common, vectors, minClusterSize: sampleMinClusterSize, engine: 'approximate' }));
    agreement = { points: vectors.length, ari: adjustedRandIndex(approximate.value.labels, exact.value.labels), exactSeconds: exact.seconds, approximateSeconds: approximate.seconds };
  }
  return {
    engine: result.engine,
    seconds: main.seconds,
    cpuSeconds: main.cpuSeconds,
    peakRssMb,
    ...summarise(result.labels),
    agreement,
    timings: result.timings,
    diagnostics: { ...result.diagnostics },
    warnings: result.warnings,
  };
}

function sampleIndices(count: number, size: number, seed: number): number[] {
  let state = (seed ^ 0x5bd1e995) >>> 0;
  const random = () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 4294967296;
  };
  const indices = Array.from({ length: count }, (_, index) => index);
  for (let position = 0; position < size; position++) {
    const other = position + Math.floor(random() * (count - position));
    [indices[position], indices[other]] = [indices[other]!, indices[position]!];
  }
  return indices.slice(0, size).sort((left, right) => left - right);
}
