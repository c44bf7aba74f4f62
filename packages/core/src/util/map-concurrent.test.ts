import { describe, expect, it } from 'vitest';
import { mapConcurrent } from './map-concurrent.ts';

function deferred<VALUE>() {
  let resolve!: (value: VALUE) => void;
  const promise = new Promise<VALUE>((resolvePromise) => {
    resolve = resolvePromise;
  });
  return { promise, resolve };
}

describe('mapConcurrent', () => {
  it('keeps input order when calls finish out of order', async () => {
    const delays = [30, 5, 20, 0, 10];
    const results = await mapConcurrent(delays, 2, async (delay, index) => {
      await new Promise((resolve) => setTimeout(resolve, delay));
      return `${index}:${delay}`;
    });
    expect(results).toEqual(['0:30', '1:5', '2:20', '3:0', '4:10']);
  });

  it('never runs more than the limit at once', async () => {
    let running = 0;
    let peak = 0;
    await mapConcurrent(Array.from({ length: 12 }, (_, index) => index), 3, async () => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 2));
      running--;
    });
    expect(peak).toBe(3);
  });

  it('returns an empty array for no items', async () => {
    expect(await mapConcurrent([], 4, async () => 1)).toEqual([]);
  });

  it('rejects with the first error and starts nothing after it', async () => {
    const started: number[] = [];
    await expect(
      mapConcurrent([0, 1, 2, 3], 1, async (item) => {
        started.push(item);
        if (item === 1) throw new Error('boom');
        return item;
      }),
    ).rejects.toThrow('boom');
    expect(started).toEqual([0, 1]);
  });

  it('stops starting items once aborted and rejects with the reason', async () => {
    const controller = new AbortController();
    const gate = deferred<void>();
    const started: number[] = [];
    const mapping = mapConcurrent(
      [0, 1, 2, 3],
      2,
      async (item) => {
        started.push(item);
        await gate.promise;
        return item;
      },
      { abortSignal: controller.signal },
    );
    controller.abort(new Error('stopped'));
    gate.resolve();
    await expect(mapping).rejects.toThrow('stopped');
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(started).toEqual([0, 1]);
  });

  it('rejects at once when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('early'));
    await expect(mapConcurrent([1], 1, async (item) => item, { abortSignal: controller.signal })).rejects.toThrow('early');
  });

  it('refuses a limit below one', async () => {
    await expect(mapConcurrent([1], 0, async (item) => item)).rejects.toThrow(RangeError);
  });
});
