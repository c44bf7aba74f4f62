/// <reference path="../wasm/web-assembly.d.ts" />
/** Types for dense-passes.js (plain JavaScript so worker threads can load it). */

export interface DotKernel {
  /** See wasm/build-dot-kernel.ts: dot products of every (a, b) row pair; counts padded to 1×4 / 2×4 blocks. */
  dot1x4(aList: number, aCount: number, bList: number, bCount: number, out: number, rowBytes: number): void;
  dot2x4(aList: number, aCount: number, bList: number, bCount: number, out: number, rowBytes: number): void;
}

/** Where the rows live in the kernel's memory. */
export interface RowLayout {
  count: number;
  /** Byte offset of row 0. */
  vectorsOffset: number;
  /** Bytes per row: padded dimensions × 4, a multiple of 16. */
  rowBytes: number;
}

export function instantiateDotKernel(module: WebAssembly.Module, memory: WebAssembly.Memory): DotKernel;
export function createJsDotKernel(buffer: ArrayBufferLike): DotKernel;

export interface NeighbourTilesOptions {
  kernel: DotKernel;
  buffer: ArrayBufferLike;
  layout: RowLayout;
  scratchOffset: number;
  /** Nearest other points kept per point (k ≥ 1). */
  neighbours: number;
  tileSize: number;
  /** Upper-triangle tile pairs as [rowTile, columnTile, …]. */
  tilePairs: Int32Array;
  /** Shared counter: the next tile pair to take. */
  tileCounter: Int32Array;
}

export class NeighbourTiles {
  constructor(options: NeighbourTilesOptions);
  /** Sorted by (distance, index) per point: point p's list is [p·k, p·k + k). */
  readonly distances: Float64Array;
  readonly indices: Int32Array;
  run(budgetMilliseconds: number): boolean;
}

export interface NeighbourLists {
  distances: Float64Array;
  indices: Int32Array;
}

export function mergeNeighbourLists(target: NeighbourLists, source: NeighbourLists, count: number, neighbours: number): void;

export interface ComponentPrimPartitionOptions {
  kernel: DotKernel;
  buffer: ArrayBufferLike;
  layout: RowLayout;
  scratchOffset: number;
  coreDistances: Float64Array;
  /** Component index per point. */
  componentOf: Int32Array;
  /** Members of component c are componentMembers[componentStart[c] .. componentStart[c + 1]). */
  componentStart: Int32Array;
  componentMembers: Int32Array;
  rank: number;
  threads: number;
  tileSize: number;
  /** @default 64 */
  blockSize?: number;
}

export class ComponentPrimPartition {
  constructor(options: ComponentPrimPartitionOptions);
  /** Brings component `component` into the tree and relaxes the owned vertices still outside it. */
  step(component: number): void;
  /** [weight, vertex, from] of the lightest owned vertex outside the tree; vertex −1 when none is left. */
  readonly result: Float64Array;
}

export const primControl: { generation: 0; added: 1; done: 2; stop: 3; words: 4 };

export function waitForChange(array: Int32Array, index: number, value: number): void;
