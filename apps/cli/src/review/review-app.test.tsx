import { afterEach, describe, expect, it } from 'vitest';
import { keys, renderAtSize } from '../test/render-at-size.tsx';
import { syntheticReviewArtefacts } from './__fixtures__/synthetic-review-artefacts.ts';
import { ReviewApp } from './review-app.tsx';
import { createReviewController, memoryDecisionLog } from './session/create-review-controller.ts';

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

const pairs = [
  { id: 'pair-1', principleId: 'pri-1', scope: 'email', prompt: 'Write to my manager', chosen: 'Dear Ms Lee, the report is attached.', rejected: 'Hey boss! 😊 report attached', verification: { passed: true } },
  { id: 'pair-2', principleId: 'pri-1', scope: 'chat', prompt: 'Reply to a colleague', chosen: 'Sure, done.', rejected: 'Sure!!! 🎉🎉', verification: { passed: false, note: 'the judge preferred the rejected text' } },
];

async function open(options: { critiques?: number; columns?: number; rows?: number; preferences?: boolean } = {}) {
  const log = memoryDecisionLog();
  const controller = await createReviewController({ ...syntheticReviewArtefacts({ critiques: options.critiques ?? 40 }), ...(options.preferences ? { preferences: pairs } : {}) }, log);
  let exited = 0;
  const screen = renderAtSize(<ReviewApp controller={controller} colour={false} onExit={() => void exited++} />, { columns: options.columns ?? 80, rows: options.rows ?? 24 });
  unmount = screen.unmount;
  await screen.settle();
  return { ...screen, log, exited: () => exited };
}

describe('ReviewApp', () => {
  it('opens on the overview at 80×24', async () => {
    const screen = await open();
    expect(screen.lastFrame()).toMatchInlineSnapshot(`
      "[1 Overview]  2 Clusters (4)   3 Metrics (4)   4 Principles (4)
      Produced by the Tenets offline engine (SYNTHETIC fixture).
      Inputs                                  Usage
        3.9 KiB     fixtures/synthetic/feed…    calls       0 (0 cached, 0 failed)
      Engine                                    tokens      0 (0 in, 0 out)
        engine      offline                     spend       $0 (no model calls)
        embedding   tenets:lexical-tfidf-lsa  Timings
        clusterer   tenets-hdbscan              ingest      12 ms
      Counts                                    ground      30 ms
        critiques   40                          embed       40 ms
        rejects     2                           cluster     25 ms
        behaviours  40                          metrics     8 ms
        clusters    4                           principles  3 ms
        noise       4                           total       118 ms
        metrics     4                         Review
        principles  4                           decisions   0
        pairs       —                           unmatched   0
                                                redrafted   0




      ? help · tab/1-5 screens · / search · u undo · q quit"
    `);
  });

  it('lists clusters, opens one with the evidence highlighted, and shows help', async () => {
    const screen = await open();
    await screen.press('2');
    expect(screen.lastFrame()).toMatchInlineSnapshot(`
      " 1 Overview  [2 Clusters (4)]  3 Metrics (4)   4 Principles (4)
         size    −    +  name / top terms
      ›    10    2    8 Refund handling refund · policy · order
           10    9    1 Language handling language · german · spanish
            8    7    1 Emoji handling emoji · formal · tone
            8    2    6 Agent handling agent · escalate · human
















      ? help · tab/1-5 screens · / search · u undo · q quit"
    `);
    await screen.press(keys.enter);
    expect(screen.lastFrame()).toMatchInlineSnapshot(`
      " 1 Overview  [2 Clusters (4)]  3 Metrics (4)   4 Principles (4)
      Refund handling 10 members (2−, 8+) refund · policy · order
      space selects · s splits off · r renames · n noise · esc back
      ›[ ] − explained the refund policy clearly fb-00000
            “#0 Great, it «explained the refund policy clearly» and fast.”
            ↳ Response 0: here is what I did about refund.
       [ ] + explained the refund policy clearly fb-00004
            “#4 Great, it «explained the refund policy clearly» and fast.”
            ↳ Response 4: here is what I did about refund.
       [ ] + explained the refund policy clearly fb-00008
            “#8 Great, it «explained the refund policy clearly» and fast.”
            ↳ Response 8: here is what I did about refund.
       [ ] + explained the refund policy clearly fb-00012
            “#12 Great, it «explained the refund policy clearly» and fast.”
            ↳ Response 12: here is what I did about refund.
       [ ] + explained the refund policy clearly fb-00016
            “#16 Great, it «explained the refund policy clearly» and fast.”
            ↳ Response 16: here is what I did about refund.
      1–5 of 10



      ? help · tab/1-5 screens · / search · u undo · q quit"
    `);
    await screen.press('?');
    expect(screen.lastFrame()).toMatchInlineSnapshot(`
      " 1 Overview  [2 Clusters (4)]  3 Metrics (4)   4 Principles (4)
      Keys (any key closes)
      Everywhere                              Metrics
       ↑ ↓  k j       move                     r  e  a        edit name, def, applies
       PgUp PgDn g G  page, first, last        x  o           reject, restore
       tab  1-5       next screen, screen n   Principles
       /              search (enter, esc)      enter          accept
       esc            back, clear search       x  o           reject, restore
       u              undo last decision       e              edit the text
       ?              this help                K  J           move up, down
       q              quit (all saved)        Preference data
      Clusters                                 x              drop the pair
       enter          open: members            s              edit its scope
       r              rename
       m              merge: m here, m there
       n              mark as noise
       D              redraft with the model
       space          (open) select member
       s              (open) split selected



      ? help · tab/1-5 screens · / search · u undo · q quit"
    `);
  });
});

describe('ReviewApp decisions by key', () => {
  it('merges two clusters with m … m and redrafts the merged one offline', async () => {
    const screen = await open();
    await screen.press('2', 'm', keys.down, 'm');
    const frame = await screen.waitForFrame((text) => text.includes('2 Clusters (3)'));
    expect(screen.log.decisions.map((decision) => decision.type)).toEqual(['cluster-merge']);
    expect(frame.split('\n').slice(1, 6).join('\n')).toMatchInlineSnapshot(`
      "   size    −    +  name / top terms
           20   11    9 Answers in Spanish when asked in German language · german · s…
      ›     8    7    1 Emoji handling emoji · formal · tone
            8    2    6 Agent handling agent · escalate · human
      "
    `);
  });

  it('splits selected members off, marks a cluster as noise, renames, and undoes', async () => {
    const screen = await open();
    await screen.press('2', keys.enter, keys.space, keys.down, keys.space, 's');
    // The view stays in the cluster that kept the other members (its id changed with its members).
    expect(await screen.waitForFrame((text) => text.includes('2 Clusters (5)'))).toContain('8 members');
    await screen.press(keys.escape);
    await screen.waitForFrame((text) => text.includes('size'));
    await screen.press('G', 'n');
    await screen.waitForFrame((text) => text.includes('2 Clusters (4)'));
    await screen.press('r');
    for (let index = 0; index < 30; index++) await screen.press(keys.backspace);
    await screen.type('Refunds');
    await screen.press(keys.enter);
    await screen.waitForFrame((text) => text.includes('Refunds '));
    expect(screen.log.decisions.map((decision) => decision.type)).toEqual(['cluster-split', 'cluster-noise', 'cluster-rename']);
    await screen.press('u');
    await screen.waitForFrame((text) => text.includes('undone'));
    expect(screen.log.decisions).toHaveLength(2);
  });

  it('edits, rejects and restores a metric', async () => {
    const screen = await open();
    await screen.press('3', 'r');
    for (let index = 0; index < 30; index++) await screen.press(keys.backspace);
    await screen.type('Refund clarity');
    await screen.press(keys.enter);
    await screen.waitForFrame((text) => text.includes('✎ '));
    await screen.press(keys.down, 'x');
    await screen.waitForFrame((text) => text.includes('3 Metrics (3)'));
    await screen.press('G', 'o');
    const frame = await screen.waitForFrame((text) => text.includes('3 Metrics (4)'));
    expect(screen.log.decisions.map((decision) => decision.type)).toEqual(['metric-edit', 'metric-reject', 'metric-restore']);
    expect(frame).toMatchInlineSnapshot(`
      " 1 Overview   2 Clusters (4)  [3 Metrics (4)]  4 Principles (4)
       ✎  25.0% Refund clarity (2−, 8+)
       ·  20.0% Emoji handling (7−, 1+)
       ·  25.0% Language handling (9−, 1+)
      ›·  20.0% Agent handling (2−, 6+)

      Definition Whether the assistant transferred the user to a human agent.
      Applies Applies when the task involves agent.
      Good examples
        + transferred the user to a human agent
        + transferred the user to a human agent
      Bad examples
        − transferred the user to a human agent
        − transferred the user to a human agent







      restored “Emoji handling”
      ? help · tab/1-5 screens · / search · u undo · q quit"
    `);
  });

  it('filters with / and clears with esc', async () => {
    const screen = await open();
    await screen.press('2', '/');
    await screen.type('emoji');
    await screen.press(keys.enter);
    expect(screen.lastFrame().split('\n').filter((line) => line.includes('handling'))).toEqual([expect.stringContaining('Emoji handling')]);
    expect(screen.lastFrame()).toContain('filter: emoji (esc clears)');
    await screen.press(keys.escape);
    expect(screen.lastFrame().split('\n').filter((line) => line.includes('handling'))).toHaveLength(4);
  });

  it('redraws to a new terminal size', async () => {
    const screen = await open({ columns: 80, rows: 24 });
    await screen.press('2');
    await screen.resize(60, 12);
    const lines = screen.lastFrame().split('\n');
    expect(lines.length).toBeLessThanOrEqual(12);
    expect(Math.max(...lines.map((line) => [...line].length))).toBeLessThanOrEqual(60);
    expect(screen.lastFrame()).toContain('Refund handling');
  });

  it('quits with q', async () => {
    const screen = await open();
    await screen.press('q');
    await screen.settle();
    expect(screen.exited()).toBe(1);
  });
});

describe('ReviewApp preference data', () => {
  it('shows a Pairs screen only when the run has pairs; drops a pair and edits a scope', async () => {
    expect((await open()).lastFrame()).not.toContain('Pairs');
    const screen = await open({ preferences: true });
    await screen.press('5');
    expect(screen.lastFrame().split('\n').slice(0, 8).join('\n')).toMatchInlineSnapshot(`
      " 1 Overview   2 Clusters (4)   3 Metrics (4)   4 Principles (4)  [5 Pairs (2)]
      ›✗ pri-1 [chat] Reply to a colleague
       ✓ pri-1 [email] Write to my manager

      chosen Sure, done.
      rejected Sure!!! 🎉🎉
      verification failed — the judge preferred the rejected text
      "
    `);
    await screen.press('x');
    await screen.waitForFrame((text) => text.includes('5 Pairs (1)'));
    await screen.press(keys.down, 's');
    for (let index = 0; index < 10; index++) await screen.press(keys.backspace);
    await screen.type('work chat');
    await screen.press(keys.enter);
    await screen.waitForFrame((text) => text.includes('[work chat]'));
    expect(screen.log.decisions).toEqual([
      { type: 'pair-drop', pair: { pairId: 'pair-2' } },
      { type: 'pair-edit-scope', pair: { pairId: 'pair-1' }, scope: 'work chat' },
    ]);
  });
});

describe('ReviewApp without colour (NO_COLOR)', () => {
  it('writes no escape codes and marks the evidence span with guillemets', async () => {
    const screen = await open();
    await screen.press('2', keys.enter);
    expect(screen.frames.some((frame) => frame.includes('\u001B['))).toBe(false);
    expect(screen.lastFrame()).toContain('«explained the refund policy clearly»');
  });
});

describe('ReviewApp at 80×24', () => {
  it('keeps every screen within 80 columns and 24 rows', async () => {
    const screen = await open({ critiques: 2000, preferences: true });
    const frames: string[] = [];
    for (const keysToPress of [['1'], ['2'], [keys.enter], [keys.escape, '3'], ['4'], ['5'], ['?']]) {
      await screen.press(...keysToPress);
      frames.push(screen.lastFrame());
    }
    for (const frame of frames) {
      const lines = frame.split('\n');
      expect(lines.length).toBeLessThanOrEqual(24);
      expect(Math.max(...lines.map((line) => [...line].length))).toBeLessThanOrEqual(80);
    }
    expect(frames[2]).toMatch(/1–5 of 500\n/u);
  });
});
