// Worker thread for the dense passes (see dense-passes.js and thread-pool.ts). Plain JavaScript so it loads under
// vitest, tsx and plain node alike.
import { parentPort, workerData } from 'node:worker_threads';
import { ComponentPrimPartition, NeighbourTiles, instantiateDotKernel, primControl, waitForChange } from './dense-passes.js';

const { module, memory, layout, scratchOffset } = workerData;
const kernel = instantiateDotKernel(module, memory);
const buffer = memory.buffer;

parentPort.on('message', (message) => {
  try {
    if (message.type === 'neighbours') {
      const tiles = new NeighbourTiles({ kernel, buffer, layout, scratchOffset, ...message.task });
      tiles.run(Infinity);
      parentPort.postMessage({ type: 'neighbours-done', distances: tiles.distances, indices: tiles.indices }, [
        tiles.distances.buffer,
        tiles.indices.buffer,
      ]);
    } else if (message.type === 'prim') {
      const { control, results, rank, ...partitionOptions } = message.task;
      try {
        const partition = new ComponentPrimPartition({ kernel, buffer, layout, scratchOffset, rank, ...partitionOptions });
        let generation = 0;
        for (;;) {
          waitForChange(control, primControl.generation, generation);
          generation = Atomics.load(control, primControl.generation);
          if (Atomics.load(control, primControl.stop) !== 0) break;
          partition.step(Atomics.load(control, primControl.added));
          results.set(partition.result, 3 * rank);
          Atomics.add(control, primControl.done, 1);
          Atomics.notify(control, primControl.done);
        }
      } catch (error) {
        // The main thread is blocked waiting for `done`: flag the failure there before reporting it.
        Atomics.store(control, primControl.stop, 2);
        Atomics.add(control, primControl.done, 1);
        Atomics.notify(control, primControl.done);
        throw error;
      }
      parentPort.postMessage({ type: 'prim-done' });
    }
  } catch (error) {
    parentPort.postMessage({ type: 'error', message: error instanceof Error ? error.stack ?? error.message : String(error) });
  }
});
