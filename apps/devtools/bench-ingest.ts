// Streaming-ingest benchmark: generates large SYNTHETIC JSONL logs in a temp dir, streams each through
// `ingestToFiles` in a fresh process, and prints rows/s, MB/s and peak RSS, to show memory stays flat.
//
//   npm run bench:ingest                 # 100 MB and 1024 MB
//   npm run bench:ingest -- --mb 300     # 100 MB and 300 MB
//   npm run bench:ingest -- --mb 50 --small 0
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { seededRandom as createRandom } from '@tenets/core';
import { formatIngestSummary, ingestToFiles } from '@tenets/formats';

const mebibyte = 1024 * 1024;

interface ChildResult {
  megabytes: number;
  rows: number;
  kept: number;
  rejected: number;
  ratingsOnly: number;
  seconds: number;
  /** User + system CPU time: the honest figure when other processes share the cores. */
  cpuSeconds: number;
  peakSampledRssMb: number;
  maxRssMb: number;
  startRssMb: number;
  summary: string;
}

const critiques = [
  'Too long, I only asked for the tracking number.',
  'Stop apologising in every single message, it is annoying.',
  'It quoted the old refund policy (30 days) instead of the new one.',
  'Great answer, short and it linked the right help article!',
  'Did not ask which order I meant before cancelling one.',
  'The tone was condescending when I said I was confused.',
  'Répondre en français quand on écrit en français, svp.',
  'It made up a discount code that does not exist.',
  'Perfect, it escalated to a human when I asked.',
  'Kept repeating the same troubleshooting steps.',
];
const prompts = ['Where is my order #', 'How do I get a refund for order #', 'Cancel my subscription please, account ', 'My parcel arrived damaged, order #'];
const responses = [
  'I am so sorry to hear that! I completely understand how frustrating this must be. ',
  'Thanks for reaching out. Your order is on its way and should arrive within 3-5 business days. ',
  'Refunds are processed within 30 days of the request. Please keep your receipt. ',
];

/** Streams a SYNTHETIC feedback log of about `megabytes` MB to `path`; ~1% ratings only, ~0.1% broken lines. */
async function generateLog(path: string, megabytes: number, seed: number): Promise<number> {
  const random = createRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const stream = createWriteStream(path, { highWaterMark: 4 * mebibyte });
  const target = megabytes * mebibyte;
  let written = 0;
  let rows = 0;
  while (written < target) {
    let batch = '';
    while (batch.length < 4 * mebibyte) {
      rows += 1;
      const draw = random();
      let line: string;
      if (draw < 0.001) line = `{"id":"row-${rows}","critique":"truncated`;
      else {
        const order = Math.floor(random() * 1e6);
        const record: Record<string, unknown> = {
          ...(draw < 0.8 ? { id: `row-${rows}` } : {}),
          ...(draw < 0.011 ? { rating: 'down' } : { critique: `${pick(critiques)} (${order})`, rating: Math.ceil(random() * 5) }),
          context: { prompt: `${pick(prompts)}${order}?`, response: `${pick(responses)}${pick(responses)}${pick(responses)}`.trim() },
          user: `user-${Math.floor(random() * 5000)}`,
          createdAt: new Date(1714557600000 + rows * 1000).toISOString(),
          channel: pick(['web', 'email', 'app']),
        };
        line = JSON.stringify(record);
      }
      batch += `${line}\n`;
    }
    written += Buffer.byteLength(batch);
    if (!stream.write(batch)) await once(stream, 'drain');
  }
  stream.end();
  await once(stream, 'finish');
  return rows;
}

/** Child mode: ingest one file and print a JSON result line. */
async function runChild(input: string, output: string, megabytes: number): Promise<void> {
  const startRssMb = process.memoryUsage().rss / mebibyte;
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 25);
  const started = performance.now();
  const cpuAtStart = process.cpuUsage();
  const result = await ingestToFiles({ files: [input], out: output });
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuAtStart);
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const { summary } = result;
  const report: ChildResult = {
    megabytes,
    rows: summary.rows,
    kept: summary.kept,
    rejected: summary.rejected,
    ratingsOnly: summary.ratingsOnly,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    peakSampledRssMb: peak / mebibyte,
    // resourceUsage().maxRSS is in kilobytes.
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    startRssMb,
    summary: formatIngestSummary(summary),
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

async function runInChild(input: string, output: string, megabytes: number): Promise<ChildResult> {
  const script = fileURLToPath(import.meta.url);
  const child = spawn(process.execPath, [...process.execArgv, script, '--child', '--input', input, '--output', output, '--mb', String(megabytes)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`benchmark child exited with ${code}`);
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as ChildResult;
}

const format = (value: number, digits = 0) => value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      mb: { type: 'string', default: '1024' },
      small: { type: 'string', default: '100' },
      seed: { type: 'string', default: '7' },
      child: { type: 'boolean', default: false },
      input: { type: 'string' },
      output: { type: 'string' },
    },
  });
  if (values.child) {
    await runChild(values.input ?? '', values.output ?? '', Number(values.mb));
    return;
  }
  const large = Number(values.mb);
  const small = Number(values.small);
  const sizes = [...new Set([small, large].filter((size) => size > 0 && size <= large))].sort((left, right) => left - right);
  const directory = await mkdtemp(join(tmpdir(), 'tenets-bench-ingest-'));
  const results: ChildResult[] = [];
  try {
    for (const megabytes of sizes) {
      const input = join(directory, `feedback-${megabytes}mb.jsonl`);
      const generationStarted = performance.now();
      const rows = await generateLog(input, megabytes, Number(values.seed));
      process.stderr.write(`generated ${format(megabytes)} MB (${format(rows)} rows) in ${format((performance.now() - generationStarted) / 1000, 1)} s\n`);
      const result = await runInChild(input, join(directory, `out-${megabytes}mb.jsonl`), megabytes);
      process.stderr.write(`${result.summary}\n`);
      results.push(result);
      await rm(input, { force: true });
      await rm(join(directory, `out-${megabytes}mb.jsonl`), { force: true });
      await rm(join(directory, `out-${megabytes}mb.jsonl.rejects.jsonl`), { force: true });
    }
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
  const lines = [
    `node ${process.version}, ${process.platform}/${process.arch}, ${availableParallelism()} CPUs, load average ${loadavg().map((load) => load.toFixed(1)).join(' ')}`,
    '| input | rows | wall s | CPU s | rows/s (wall) | MB/s (wall) | MB/s (CPU) | RSS at start | peak RSS (sampled) | maxRSS |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map(
      (result) =>
        `| ${format(result.megabytes)} MB | ${format(result.rows)} | ${format(result.seconds, 1)} | ${format(result.cpuSeconds, 1)} | ${format(result.rows / result.seconds)} | ${format(result.megabytes / result.seconds, 1)} | ${format(result.megabytes / result.cpuSeconds, 1)} | ${format(result.startRssMb)} MB | ${format(result.peakSampledRssMb)} MB | ${format(result.maxRssMb)} MB |`,
    ),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

await main();
