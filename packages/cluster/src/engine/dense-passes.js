// The two O(n²·d) passes of exact HDBSCAN*: k-nearest-neighbour core distances and Prim's minimum spanning tree.
// Plain JavaScript on purpose: worker_threads load this file directly, and a worker has no TypeScript loader under
// vitest or tsx. Types live in dense-passes.d.ts. The main thread imports the same code, so a run gives the same
// bits with or without workers.

/** Instantiates the compiled dot kernel (see wasm/build-dot-kernel.ts) over a shared or private memory. */
export function instantiateDotKernel(module, memory) {
  const instance = new WebAssembly.Instance(module, { env: { memory } });
  return { dot1x4: instance.exports.dot1x4, dot2x4: instance.exports.dot2x4 };
}

/**
 * The kernel's arithmetic in plain JavaScript for hosts without WebAssembly: four f32 lanes accumulated in row
 * order with Math.fround, then (lane0 + lane1) + (lane2 + lane3), so it returns the same bits as the wasm kernel.
 */
export function createJsDotKernel(buffer) {
  const floats = new Float32Array(buffer);
  const ints = new Int32Array(buffer);
  const fround = Math.fround;
  const dot = (aList, aCount, bList, bCount, out, rowBytes) => {
    const rowFloats = rowBytes >> 2;
    for (let a = 0; a < aCount; a++) {
      const aRow = ints[(aList >> 2) + a] >> 2;
      for (let b = 0; b < bCount; b++) {
        const bRow = ints[(bList >> 2) + b] >> 2;
        let lane0 = 0;
        let lane1 = 0;
        let lane2 = 0;
        let lane3 = 0;
        for (let offset = 0; offset < rowFloats; offset += 4) {
          lane0 = fround(lane0 + fround(floats[aRow + offset] * floats[bRow + offset]));
          lane1 = fround(lane1 + fround(floats[aRow + offset + 1] * floats[bRow + offset + 1]));
          lane2 = fround(lane2 + fround(floats[aRow + offset + 2] * floats[bRow + offset + 2]));
          lane3 = fround(lane3 + fround(floats[aRow + offset + 3] * floats[bRow + offset + 3]));
        }
        floats[(out >> 2) + a * bCount + b] = fround(fround(lane0 + lane1) + fround(lane2 + lane3));
      }
    }
  };
  return { dot1x4: dot, dot2x4: dot };
}

/** Cosine distance from a kernel dot product; rounding can push 1 − dot of near-identical rows below zero. */
function distanceFromDot(dot) {
  const distance = 1 - dot;
  return distance > 0 ? distance : 0;
}

/**
 * Keeps, for every point, the k nearest other points seen so far, sorted by (distance, index). Tiles of the upper
 * triangle of the pair matrix are handed out through a shared atomic counter, so any number of threads can work
 * on one pass; each thread keeps its own lists and the caller merges them (mergeNeighbourLists).
 */
export class NeighbourTiles {
  constructor({ kernel, buffer, layout, scratchOffset, neighbours, tileSize, tilePairs, tileCounter }) {
    this.kernel = kernel;
    this.layout = layout;
    this.neighbours = neighbours;
    this.tileSize = tileSize;
    this.tilePairs = tilePairs;
    this.tileCounter = tileCounter;
    const count = layout.count;
    this.distances = new Float64Array(count * neighbours).fill(Infinity);
    this.indices = new Int32Array(count * neighbours).fill(0x7fffffff);
    this.worstDistance = new Float64Array(count).fill(Infinity);
    this.worstIndex = new Int32Array(count).fill(0x7fffffff);
    // Most pairs are rejected by one comparison of the raw dot product against 1 − worst distance (loosened by a
    // hair so rounding can never reject a pair the exact test below would take).
    this.admitDot = new Float64Array(count).fill(-Infinity);
    this.aListOffset = scratchOffset;
    this.bListOffset = scratchOffset + 4 * (tileSize + 4);
    this.outOffset = this.bListOffset + 4 * (tileSize + 4);
    this.aList = new Int32Array(buffer, this.aListOffset, tileSize + 4);
    this.bList = new Int32Array(buffer, this.bListOffset, tileSize + 4);
    this.out = new Float32Array(buffer, this.outOffset, (tileSize + 4) * (tileSize + 4));
  }

  /** Works through tiles until none is left (returns true) or `budgetMilliseconds` have passed (returns false). */
  run(budgetMilliseconds) {
    const started = performance.now();
    const pairCount = this.tilePairs.length >> 1;
    for (;;) {
      const pair = Atomics.add(this.tileCounter, 0, 1);
      if (pair >= pairCount) return true;
      this.processTile(this.tilePairs[2 * pair], this.tilePairs[2 * pair + 1]);
      if (performance.now() - started > budgetMilliseconds) return false;
    }
  }

  processTile(rowTile, columnTile) {
    const { count, vectorsOffset, rowBytes } = this.layout;
    const tileSize = this.tileSize;
    const rowStart = rowTile * tileSize;
    const columnStart = columnTile * tileSize;
    const rowCount = Math.min(tileSize, count - rowStart);
    const columnCount = Math.min(tileSize, count - columnStart);
    const paddedRows = (rowCount + 1) & ~1;
    const paddedColumns = (columnCount + 3) & ~3;
    for (let row = 0; row < paddedRows; row++) this.aList[row] = vectorsOffset + Math.min(rowStart + row, rowStart + rowCount - 1) * rowBytes;
    for (let column = 0; column < paddedColumns; column++) {
      this.bList[column] = vectorsOffset + Math.min(columnStart + column, columnStart + columnCount - 1) * rowBytes;
    }
    this.kernel.dot2x4(this.aListOffset, paddedRows, this.bListOffset, paddedColumns, this.outOffset, rowBytes);

    const out = this.out;
    const admitDot = this.admitDot;
    const diagonal = rowTile === columnTile;
    for (let row = 0; row < rowCount; row++) {
      const point = rowStart + row;
      const outRow = row * paddedColumns;
      let rowAdmit = admitDot[point];
      for (let column = diagonal ? row + 1 : 0; column < columnCount; column++) {
        const dot = out[outRow + column];
        if (dot >= rowAdmit) {
          this.consider(point, columnStart + column, distanceFromDot(dot));
          rowAdmit = admitDot[point];
        }
        if (dot >= admitDot[columnStart + column]) this.consider(columnStart + column, point, distanceFromDot(dot));
      }
    }
  }

  consider(point, other, distance) {
    const worst = this.worstDistance[point];
    if (distance < worst || (distance === worst && other < this.worstIndex[point])) this.insert(point, other, distance);
  }

  insert(point, other, distance) {
    const neighbours = this.neighbours;
    const base = point * neighbours;
    const distances = this.distances;
    const indices = this.indices;
    let position = neighbours - 1;
    while (position > 0) {
      const before = distances[base + position - 1];
      if (before < distance || (before === distance && indices[base + position - 1] < other)) break;
      distances[base + position] = before;
      indices[base + position] = indices[base + position - 1];
      position--;
    }
    distances[base + position] = distance;
    indices[base + position] = other;
    this.worstDistance[point] = distances[base + neighbours - 1];
    this.worstIndex[point] = indices[base + neighbours - 1];
    this.admitDot[point] = 1 - distances[base + neighbours - 1] - 1e-9;
  }
}

/** Merges per-thread sorted neighbour lists into the first list, keeping the k best by (distance, index). */
export function mergeNeighbourLists(target, source, count, neighbours) {
  const mergedDistances = new Float64Array(neighbours);
  const mergedIndices = new Int32Array(neighbours);
  for (let point = 0; point < count; point++) {
    const base = point * neighbours;
    let left = 0;
    let right = 0;
    for (let slot = 0; slot < neighbours; slot++) {
      const leftDistance = target.distances[base + left];
      const rightDistance = source.distances[base + right];
      const takeLeft =
        leftDistance < rightDistance || (leftDistance === rightDistance && target.indices[base + left] <= source.indices[base + right]);
      if (takeLeft) {
        mergedDistances[slot] = leftDistance;
        mergedIndices[slot] = target.indices[base + left++];
      } else {
        mergedDistances[slot] = rightDistance;
        mergedIndices[slot] = source.indices[base + right++];
      }
    }
    target.distances.set(mergedDistances, base);
    target.indices.set(mergedIndices, base);
  }
}

/**
 * One thread's share of Prim's algorithm on the mutual-reachability graph with some components already joined
 * (certified spanning-forest edges, see certified-neighbour-forest.ts): each step brings a whole component into
 * the tree and relaxes every vertex still outside it against all of the component's members, in cache-sized tiles
 * (a matrix product, not a matrix–vector product per vertex). Distances are computed on the fly: O(n) memory.
 * The thread owns blocks of `blockSize` vertices dealt round-robin and reports its lightest vertex outside the
 * tree. Ties go to the lower `from` index and then the lower vertex, so any thread count gives the same tree.
 */
export class ComponentPrimPartition {
  constructor({ kernel, buffer, layout, scratchOffset, coreDistances, componentOf, componentStart, componentMembers, rank, threads, tileSize, blockSize = 64 }) {
    this.kernel = kernel;
    this.layout = layout;
    this.coreDistances = coreDistances;
    this.componentOf = componentOf;
    this.componentStart = componentStart;
    this.componentMembers = componentMembers;
    this.tileSize = tileSize;
    const count = layout.count;
    const owned = [];
    for (let vertex = 0; vertex < count; vertex++) if (Math.floor(vertex / blockSize) % threads === rank) owned.push(vertex);
    this.remaining = Int32Array.from(owned);
    this.remainingCount = owned.length;
    this.candidates = new Int32Array(owned.length);
    this.best = new Float64Array(count).fill(Infinity);
    this.bestFrom = new Int32Array(count).fill(0x7fffffff);
    /** 1 − best distance, loosened a hair: a pair whose dot product is below it cannot improve `best`. */
    this.admitDot = new Float64Array(count).fill(-Infinity);
    this.aListOffset = scratchOffset;
    this.bListOffset = scratchOffset + 4 * (tileSize + 4);
    this.outOffset = this.bListOffset + 4 * (tileSize + 4);
    this.aList = new Int32Array(buffer, this.aListOffset, tileSize + 4);
    this.bList = new Int32Array(buffer, this.bListOffset, tileSize + 4);
    this.out = new Float32Array(buffer, this.outOffset, (tileSize + 4) * (tileSize + 4));
    /** Lightest owned vertex outside the tree after the last step: [weight, vertex, from], vertex −1 if none. */
    this.result = new Float64Array(3);
  }

  step(component) {
    const core = this.coreDistances;
    const best = this.best;
    const componentOf = this.componentOf;
    const remaining = this.remaining;
    const candidates = this.candidates;
    const memberStart = this.componentStart[component];
    const memberEnd = this.componentStart[component + 1];
    let smallestCore = Infinity;
    for (let slot = memberStart; slot < memberEnd; slot++) {
      const member = this.componentMembers[slot];
      if (core[member] < smallestCore) smallestCore = core[member];
    }
    // Drop the component's own vertices; keep only vertices the component could still bring closer.
    let candidateCount = 0;
    for (let position = 0; position < this.remainingCount; position++) {
      const vertex = remaining[position];
      if (componentOf[vertex] === component) {
        remaining[position--] = remaining[--this.remainingCount];
        continue;
      }
      const floor = smallestCore > core[vertex] ? smallestCore : core[vertex];
      if (floor <= best[vertex]) candidates[candidateCount++] = vertex;
    }
    const tileSize = this.tileSize;
    for (let memberTile = memberStart; memberTile < memberEnd; memberTile += tileSize) {
      const memberCount = Math.min(tileSize, memberEnd - memberTile);
      for (let candidateTile = 0; candidateTile < candidateCount; candidateTile += tileSize) {
        this.relaxTile(memberTile, memberCount, candidateTile, Math.min(tileSize, candidateCount - candidateTile));
      }
    }
    let lightest = -1;
    let lightestWeight = Infinity;
    for (let position = 0; position < this.remainingCount; position++) {
      const vertex = remaining[position];
      const weight = best[vertex];
      if (lightest === -1 || weight < lightestWeight || (weight === lightestWeight && vertex < lightest)) {
        lightest = vertex;
        lightestWeight = weight;
      }
    }
    this.result[0] = lightestWeight;
    this.result[1] = lightest;
    this.result[2] = lightest === -1 ? -1 : this.bestFrom[lightest];
  }

  relaxTile(memberSlot, memberCount, candidateSlot, candidateCount) {
    const { vectorsOffset, rowBytes } = this.layout;
    const members = this.componentMembers;
    const candidates = this.candidates;
    const useOneRow = memberCount === 1;
    const paddedMembers = useOneRow ? 1 : (memberCount + 1) & ~1;
    const paddedCandidates = (candidateCount + 3) & ~3;
    for (let row = 0; row < paddedMembers; row++) {
      this.aList[row] = vectorsOffset + members[memberSlot + Math.min(row, memberCount - 1)] * rowBytes;
    }
    for (let column = 0; column < paddedCandidates; column++) {
      this.bList[column] = vectorsOffset + candidates[candidateSlot + Math.min(column, candidateCount - 1)] * rowBytes;
    }
    if (useOneRow) this.kernel.dot1x4(this.aListOffset, 1, this.bListOffset, paddedCandidates, this.outOffset, rowBytes);
    else this.kernel.dot2x4(this.aListOffset, paddedMembers, this.bListOffset, paddedCandidates, this.outOffset, rowBytes);

    const out = this.out;
    const core = this.coreDistances;
    const best = this.best;
    const bestFrom = this.bestFrom;
    const admitDot = this.admitDot;
    for (let row = 0; row < memberCount; row++) {
      const member = members[memberSlot + row];
      const memberCore = core[member];
      const outRow = row * paddedCandidates;
      for (let column = 0; column < candidateCount; column++) {
        const vertex = candidates[candidateSlot + column];
        const dot = out[outRow + column];
        if (dot < admitDot[vertex]) continue;
        let weight = distanceFromDot(dot);
        if (memberCore > weight) weight = memberCore;
        if (core[vertex] > weight) weight = core[vertex];
        if (weight < best[vertex] || (weight === best[vertex] && member < bestFrom[vertex])) {
          best[vertex] = weight;
          bestFrom[vertex] = member;
          admitDot[vertex] = 1 - weight - 1e-9;
        }
      }
    }
  }
}

/** Control words shared between the main thread and Prim workers. */
export const primControl = { generation: 0, added: 1, done: 2, stop: 3, words: 4 };

/** Spins briefly, then sleeps, until `array[index]` differs from `value`. */
export function waitForChange(array, index, value) {
  for (let spin = 0; spin < 20_000; spin++) if (Atomics.load(array, index) !== value) return;
  while (Atomics.load(array, index) === value) Atomics.wait(array, index, value, 50);
}
