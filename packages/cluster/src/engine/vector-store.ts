/// <reference path="../wasm/web-assembly.d.ts" />
import { buildDotKernel } from '../wasm/build-dot-kernel.ts';
import { createJsDotKernel, instantiateDotKernel, type DotKernel, type RowLayout } from './dense-passes.js';

/** Normalised rows in one flat (shared) memory, the dot kernel over it, and a scratch area per thread. */
export interface VectorStore {
  layout: RowLayout;
  dimensions: number;
  /** Dimensions rounded up to a multiple of 4 (zero-padded) so the kernel reads whole SIMD lanes. */
  paddedDimensions: number;
  /** All rows, `paddedDimensions` floats each. */
  rows: Float32Array;
  buffer: ArrayBufferLike;
  kernel: DotKernel;
  /** Set when the wasm kernel is used; worker threads instantiate the same module over the same memory. */
  wasm: { module: WebAssembly.Module; memory: WebAssembly.Memory } | undefined;
  /** Threads (main + workers) with their own scratch area. */
  threads: number;
  scratchBytes: number;
  scratchOffset(rank: number): number;
}

export interface CreateVectorStoreOptions {
  vectors: readonly Float32Array[];
  dimensions: number;
  /** Scratch areas to reserve: 1 + worker threads. */
  threads: number;
  /** `'js'` forces the plain-JavaScript kernel (same results, slower); used by tests. @default 'wasm' */
  kernel?: 'wasm' | 'js' | undefined;
  /** Scale rows to unit length while copying (validated input: no zero rows). @default true */
  normalise?: boolean;
}

const pageBytes = 65_536;
const maximumBytes = 65_536 * pageBytes;

/** Rows per tile edge for the neighbour pass: two tiles of rows should stay within ~512 KB of cache. */
export function neighbourTileSize(rowBytes: number): number {
  const rows = Math.floor((256 * 1024) / rowBytes);
  return Math.max(32, Math.min(512, rows - (rows % 4)));
}

/** Rows per chunk when projecting onto PCA components. */
export const projectionChunkRows = 256;

export function createVectorStore({ vectors, dimensions, threads, kernel = 'wasm', normalise = true }: CreateVectorStoreOptions): VectorStore {
  const count = vectors.length;
  const paddedDimensions = Math.max(4, Math.ceil(dimensions / 4) * 4);
  const rowBytes = paddedDimensions * 4;
  const tileSize = neighbourTileSize(rowBytes);
  const scratchBytes = align16(
    Math.max(
      8 * (tileSize + 4) + 4 * (tileSize + 4) * (tileSize + 4),
      rowBytes + 16 + 8 * (count + 8),
      paddedDimensions * rowBytes + 8 * (projectionChunkRows + 8) + 4 * (projectionChunkRows + 8) * (paddedDimensions + 4),
    ),
  );
  const vectorsBytes = align16(count * rowBytes);
  const totalBytes = vectorsBytes + threads * scratchBytes;
  if (totalBytes > maximumBytes) {
    throw new RangeError(`${count} vectors of ${dimensions} dimensions need ${totalBytes} bytes; the kernel memory holds at most 4 GiB.`);
  }

  let wasm: VectorStore['wasm'];
  let buffer: ArrayBufferLike;
  let dotKernel: DotKernel;
  try {
    if (kernel === 'js') throw new Error('plain JavaScript kernel requested');
    const pages = Math.max(1, Math.ceil(totalBytes / pageBytes));
    const memory = new WebAssembly.Memory({ initial: pages, maximum: pages, shared: true });
    const module = new WebAssembly.Module(buildDotKernel());
    dotKernel = instantiateDotKernel(module, memory);
    wasm = { module, memory };
    buffer = memory.buffer;
  } catch {
    wasm = undefined;
    buffer = new ArrayBuffer(totalBytes);
    dotKernel = createJsDotKernel(buffer);
  }

  const rows = new Float32Array(buffer, 0, count * paddedDimensions);
  for (let row = 0; row < count; row++) {
    const vector = vectors[row]!;
    let squaredNorm = 0;
    for (let dimension = 0; dimension < dimensions; dimension++) squaredNorm += vector[dimension]! * vector[dimension]!;
    const scale = normalise ? 1 / Math.sqrt(squaredNorm) : 1;
    const base = row * paddedDimensions;
    for (let dimension = 0; dimension < dimensions; dimension++) rows[base + dimension] = vector[dimension]! * scale;
  }

  return {
    layout: { count, vectorsOffset: 0, rowBytes },
    dimensions,
    paddedDimensions,
    rows,
    buffer,
    kernel: dotKernel,
    wasm,
    threads: wasm === undefined ? 1 : threads,
    scratchBytes,
    scratchOffset: (rank) => vectorsBytes + rank * scratchBytes,
  };
}

function align16(bytes: number): number {
  return Math.ceil(bytes / 16) * 16;
}
