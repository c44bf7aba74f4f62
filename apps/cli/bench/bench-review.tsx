// Review TUI benchmark: a synthetic run (SYNTHETIC, in memory and on disk) with 20,000 critiques; measures the
// time to the first frame, per-key scroll renders in the cluster list and in the largest cluster, a
// structural decision (merge, which redrafts offline), and opening the same run from disk.
//
//   npm run bench:review                      # 20,000 critiques
//   npm run bench:review -- --critiques 50000
//   npm run bench:review -- --clusters 4        # 4,500-member clusters
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { syntheticReviewArtefacts } from '../src/review/__fixtures__/synthetic-review-artefacts.ts';
import { writeSyntheticRun } from '../src/review/__fixtures__/write-synthetic-run.ts';
import { ReviewApp } from '../src/review/review-app.tsx';
import type { ReviewController } from '../src/review/review-controller.ts';
import { createReviewController, memoryDecisionLog } from '../src/review/session/create-review-controller.ts';
import { openReviewSession } from '../src/review/session/open-review-session.ts';
import { keys, renderAtSize } from '../src/test/render-at-size.tsx';

const { values } = parseArgs({ options: { critiques: { type: 'string', default: '20000' }, clusters: { type: 'string', default: '40' }, scrolls: { type: 'string', default: '200' } } });
const critiques = Number(values.critiques);
const scrolls = Number(values.scrolls);

async function firstFrame(controller: ReviewController, started: number) {
  const screen = renderAtSize(<ReviewApp controller={controller} colour={false} onExit={() => undefined} />, { columns: 80, rows: 24 });
  while (screen.frames.length === 0) await new Promise((resolve) => setImmediate(resolve));
  return { screen, milliseconds: performance.now() - started };
}

/** Milliseconds from writing a key until ink has written the next frame, per key. */
async function perKey(screen: ReturnType<typeof renderAtSize>, key: string, count: number): Promise<number[]> {
  const times: number[] = [];
  for (let index = 0; index < count; index++) {
    const before = screen.frames.length;
    const started = performance.now();
    await screen.press(key);
    while (screen.frames.length === before) await new Promise((resolve) => setImmediate(resolve));
    times.push(performance.now() - started);
  }
  return times;
}

const summary = (times: number[]) => {
  const sorted = [...times].sort((left, right) => left - right);
  const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!.toFixed(1);
  return `median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${sorted.at(-1)!.toFixed(1)} ms (${times.length} keys)`;
};

const built = performance.now();
const artefacts = syntheticReviewArtefacts({ critiques, clusters: Number(values.clusters) });
process.stderr.write(`synthetic run: ${critiques} critiques built in ${(performance.now() - built).toFixed(0)} ms\n`);

const started = performance.now();
const controller = await createReviewController(artefacts, memoryDecisionLog());
const { screen, milliseconds } = await firstFrame(controller, started);
const lines: string[] = [`# tenets review benchmark (${critiques} critiques in ${values.clusters} clusters, 80×24, SYNTHETIC)`, '', `node ${process.versions.node}`, ''];
lines.push(`- first frame (in memory): ${milliseconds.toFixed(0)} ms`);
await screen.press('2');
lines.push(`- cluster list, ↓: ${summary(await perKey(screen, keys.down, Math.min(scrolls, Number(values.clusters) - 1)))}`);
await screen.press(keys.enter);
lines.push(`- open cluster (${artefacts.clustering.clusters[0]!.aspectIds.length} members), ↓: ${summary(await perKey(screen, keys.down, scrolls))}`);
lines.push(`- open cluster, PgDn: ${summary(await perKey(screen, '\u001B[6~', 50))}`);
await screen.press(keys.escape);
await screen.press('/');
lines.push(`- search as you type over the members' list: ${summary(await perKey(screen, 'r', 1))}`);
await screen.press(keys.escape);
const merged = performance.now();
const model = await controller.decide({ type: 'merge-clusters', targetId: 'clu-0', sourceId: 'clu-1' });
lines.push(`- merge two clusters (${Math.max(...model.clusters.map((cluster) => cluster.aspectIds.length))} members) + offline redraft: ${(performance.now() - merged).toFixed(0)} ms`);
const renamed = performance.now();
await controller.decide({ type: 'rename-cluster', clusterId: model.clusters[0]!.id, name: 'Renamed' });
lines.push(`- a decision after that merge (rename; the redraft is reused): ${(performance.now() - renamed).toFixed(0)} ms`);
screen.unmount();

const runDir = await mkdtemp(join(tmpdir(), 'tenets-bench-review-'));
try {
  await writeSyntheticRun(runDir, { ...artefacts, runDir });
  const opened = performance.now();
  const session = await openReviewSession(runDir);
  const fromDisk = await firstFrame(session.controller, opened);
  lines.push(`- first frame, read from disk (openReviewSession + render): ${fromDisk.milliseconds.toFixed(0)} ms`);
  fromDisk.screen.unmount();
} finally {
  await rm(runDir, { recursive: true, force: true, maxRetries: 5 });
}
process.stdout.write(`${lines.join('\n')}\n`);
process.exit(0);
