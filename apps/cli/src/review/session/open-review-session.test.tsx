import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keys, renderAtSize } from '../../test/render-at-size.tsx';
import { syntheticReviewArtefacts } from '../__fixtures__/synthetic-review-artefacts.ts';
import { writeSyntheticRun } from '../__fixtures__/write-synthetic-run.ts';
import { ReviewApp } from '../review-app.tsx';
import { openReviewSession } from './open-review-session.ts';

let runDir: string;
const unmounts: (() => void)[] = [];
beforeEach(async () => {
  runDir = await mkdtemp(join(tmpdir(), 'tenets-review-'));
  await writeSyntheticRun(runDir, syntheticReviewArtefacts({ critiques: 40, runDir }));
});
afterEach(async () => {
  for (const unmount of unmounts.splice(0)) unmount();
  await rm(runDir, { recursive: true, force: true, maxRetries: 5 });
});

async function openApp() {
  const { controller } = await openReviewSession(runDir);
  const screen = renderAtSize(<ReviewApp controller={controller} colour={false} onExit={() => undefined} />);
  unmounts.push(screen.unmount);
  await screen.settle();
  return screen;
}

/** Waits until the decisions the keys produced are on disk (writes are asynchronous to the key press). */
async function decisionsOnDisk(count: number) {
  for (let attempt = 0; attempt < 200; attempt++) {
    const text = await readFile(join(runDir, 'review.json'), 'utf8').catch(() => '');
    if (text && (JSON.parse(text) as { decisions: unknown[] }).decisions.length === count) return JSON.parse(text) as { decisions: unknown[] };
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`review.json never held ${count} decisions`);
}

describe('openReviewSession', () => {
  it('stores each decision in review.json at once, reopens where the user left, and constitution.md honours the review', async () => {
    const first = await openApp();
    await first.press('4', 'x'); // reject principle 1
    await first.waitForFrame((frame) => frame.includes('[4 Principles (3)]'));
    await first.press('e');
    for (let index = 0; index < 40; index++) await first.press(keys.backspace);
    await first.type('Keep formal emails free of emojis.');
    await first.press(keys.enter);
    await first.waitForFrame((frame) => frame.includes('✎  1. Keep formal'));
    await first.press(keys.down, keys.enter); // accept the next one
    await first.waitForFrame((frame) => frame.includes('›✓')); // drawn once stored and constitution.md rewritten
    const stored = await decisionsOnDisk(3);
    expect(stored.decisions).toMatchInlineSnapshot(`
      [
        {
          "principle": {
            "feedbackIds": [
              "fb-00000",
              "fb-00004",
              "fb-00008",
              "fb-00012",
              "fb-00016",
              "fb-00020",
              "fb-00024",
              "fb-00028",
              "fb-00032",
              "fb-00036",
            ],
          },
          "type": "principle-reject",
        },
        {
          "principle": {
            "feedbackIds": [
              "fb-00001",
              "fb-00005",
              "fb-00013",
              "fb-00017",
              "fb-00021",
              "fb-00025",
              "fb-00033",
              "fb-00037",
            ],
          },
          "text": "Keep formal emails free of emojis.",
          "type": "principle-edit",
        },
        {
          "principle": {
            "feedbackIds": [
              "fb-00002",
              "fb-00006",
              "fb-00010",
              "fb-00014",
              "fb-00018",
              "fb-00022",
              "fb-00026",
              "fb-00030",
              "fb-00034",
              "fb-00038",
            ],
          },
          "type": "principle-accept",
        },
      ]
    `);
    first.unmount(); // as if killed: nothing else is written on the way out

    const second = await openApp();
    expect(second.lastFrame()).toMatchInlineSnapshot(`
      " 1 Overview   2 Clusters (4)   3 Metrics (4)  [4 Principles (3)]
       ✎  1. Keep formal emails free of emojis.
      ›✓  2. Answer in the language the user asked in.
       ·  3. Hand over to a human agent when asked.
       ✗     Explain the refund policy clearly.

      Answer in the language the user asked in.
      Sources 10 critiques (10 comments: 9−, 1+)
        “#2 So it answered in spanish when asked in german! Do better.” fb-00002
        “#6 So it answered in spanish when asked in german! Do better.” fb-00006












      ? help · tab/1-5 screens · / search · u undo · q quit"
    `);
    const markdown = await readFile(join(runDir, 'constitution.md'), 'utf8');
    expect(markdown).toContain('Keep formal emails free of emojis.');
    expect(markdown).not.toContain('Explain the refund policy clearly.');
    expect(markdown).toContain('Reviewed: 3 decisions applied');
  });

  it('undoes the last decision on disk too', async () => {
    const screen = await openApp();
    await screen.press('3', 'x');
    await decisionsOnDisk(1);
    await screen.press('u');
    await decisionsOnDisk(0);
    expect(await screen.waitForFrame((frame) => frame.includes('undone'))).toContain('[3 Metrics (4)]');
  });
});
