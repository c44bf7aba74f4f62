import { encodeModule, op, valueType, type WasmFunction } from './wasm-encoder.ts';

/** Row-block shapes the kernel exports, as `dot${rows}x${columns}`. */
export const dotKernelShapes = [
  { rows: 1, columns: 4 },
  { rows: 2, columns: 4 },
] as const;

export interface BuildDotKernelOptions {
  /** Use relaxed-SIMD `f32x4.relaxed_madd` (one fused instruction) instead of `mul` + `add`. @default false */
  fusedMultiplyAdd?: boolean;
}

/**
 * Emits a WebAssembly SIMD module with one function per shape in `dotKernelShapes`:
 *
 *   dotRxC(aList, aCount, bList, bCount, out, rowBytes)
 *
 * `aList`/`bList` point at i32 byte addresses of rows (each `rowBytes` long, a multiple of 16); `aCount` must be
 * a multiple of R and `bCount` of C (callers pad the lists by repeating an address). Writes the f32 dot product of
 * every pair to `out[a·bCount + b]`. Every shape accumulates each pair the same way — four f32 lanes summed in row
 * order, then `(lane0 + lane1) + (lane2 + lane3)` — so a pair gets the same bits from any shape.
 */
export function buildDotKernel({ fusedMultiplyAdd = false }: BuildDotKernelOptions = {}): Uint8Array {
  return encodeModule({ functions: dotKernelShapes.map(({ rows, columns }) => dotBlockFunction(rows, columns, fusedMultiplyAdd)) });
}

function dotBlockFunction(rows: number, columns: number, fusedMultiplyAdd: boolean): WasmFunction {
  const [aList, aCount, bList, bCount, out, rowBytes] = [0, 1, 2, 3, 4, 5];
  const locals: number[] = [];
  const local = (type: number) => 6 + locals.push(type) - 1;
  const aEnd = local(valueType.i32);
  const bEnd = local(valueType.i32);
  const aPosition = local(valueType.i32);
  const bPosition = local(valueType.i32);
  const outRowStride = local(valueType.i32);
  const outBlock = local(valueType.i32);
  const outCell = local(valueType.i32);
  const offset = local(valueType.i32);
  const aRow = range(rows).map(() => local(valueType.i32));
  const bRow = range(columns).map(() => local(valueType.i32));
  const aVector = range(rows).map(() => local(valueType.v128));
  const bVector = local(valueType.v128);
  const accumulator = range(rows).map(() => range(columns).map(() => local(valueType.v128)));

  const accumulate = (row: number, column: number) =>
    fusedMultiplyAdd
      ? [...op.localGet(aVector[row]!), ...op.localGet(bVector), ...op.localGet(accumulator[row]![column]!), ...op.f32x4RelaxedMadd]
      : [...op.localGet(accumulator[row]![column]!), ...op.localGet(aVector[row]!), ...op.localGet(bVector), ...op.f32x4Mul, ...op.f32x4Add];
  const horizontalSum = (vector: number) => [
    ...op.localGet(vector), ...op.f32x4ExtractLane(0), ...op.localGet(vector), ...op.f32x4ExtractLane(1), ...op.f32Add,
    ...op.localGet(vector), ...op.f32x4ExtractLane(2), ...op.localGet(vector), ...op.f32x4ExtractLane(3), ...op.f32Add,
    ...op.f32Add,
  ];

  const innerLoop = [
    ...op.i32Const(0), ...op.localSet(offset),
    ...op.block, ...op.loop,
    ...op.localGet(offset), ...op.localGet(rowBytes), ...op.i32GeU, ...op.brIf(1),
    ...range(rows).flatMap((row) => [...op.localGet(aRow[row]!), ...op.localGet(offset), ...op.i32Add, ...op.v128Load(), ...op.localSet(aVector[row]!)]),
    ...range(columns).flatMap((column) => [
      ...op.localGet(bRow[column]!), ...op.localGet(offset), ...op.i32Add, ...op.v128Load(), ...op.localSet(bVector),
      ...range(rows).flatMap((row) => [...accumulate(row, column), ...op.localSet(accumulator[row]![column]!)]),
    ]),
    ...op.localGet(offset), ...op.i32Const(16), ...op.i32Add, ...op.localSet(offset),
    ...op.br(0),
    ...op.end, ...op.end,
  ];

  const columnLoop = [
    ...op.localGet(bList), ...op.localSet(bPosition),
    ...op.localGet(outBlock), ...op.localSet(outCell),
    ...op.block, ...op.loop,
    ...op.localGet(bPosition), ...op.localGet(bEnd), ...op.i32GeU, ...op.brIf(1),
    ...range(columns).flatMap((column) => [...op.localGet(bPosition), ...op.i32Load(4 * column), ...op.localSet(bRow[column]!)]),
    ...accumulator.flat().flatMap((vector) => [...op.v128ZeroConst, ...op.localSet(vector)]),
    ...innerLoop,
    ...range(rows).flatMap((row) =>
      range(columns).flatMap((column) => [
        ...op.localGet(outCell),
        ...(row === 0 ? [] : [...op.localGet(outRowStride), ...op.i32Const(row), ...op.i32Mul, ...op.i32Add]),
        ...horizontalSum(accumulator[row]![column]!),
        ...op.f32Store(4 * column),
      ]),
    ),
    ...op.localGet(bPosition), ...op.i32Const(4 * columns), ...op.i32Add, ...op.localSet(bPosition),
    ...op.localGet(outCell), ...op.i32Const(4 * columns), ...op.i32Add, ...op.localSet(outCell),
    ...op.br(0),
    ...op.end, ...op.end,
  ];

  const body = [
    ...op.localGet(aList), ...op.localGet(aCount), ...op.i32Const(4), ...op.i32Mul, ...op.i32Add, ...op.localSet(aEnd),
    ...op.localGet(bList), ...op.localGet(bCount), ...op.i32Const(4), ...op.i32Mul, ...op.i32Add, ...op.localSet(bEnd),
    ...op.localGet(bCount), ...op.i32Const(4), ...op.i32Mul, ...op.localSet(outRowStride),
    ...op.localGet(aList), ...op.localSet(aPosition),
    ...op.localGet(out), ...op.localSet(outBlock),
    ...op.block, ...op.loop,
    ...op.localGet(aPosition), ...op.localGet(aEnd), ...op.i32GeU, ...op.brIf(1),
    ...range(rows).flatMap((row) => [...op.localGet(aPosition), ...op.i32Load(4 * row), ...op.localSet(aRow[row]!)]),
    ...columnLoop,
    ...op.localGet(aPosition), ...op.i32Const(4 * rows), ...op.i32Add, ...op.localSet(aPosition),
    ...op.localGet(outBlock), ...op.localGet(outRowStride), ...op.i32Const(rows), ...op.i32Mul, ...op.i32Add, ...op.localSet(outBlock),
    ...op.br(0),
    ...op.end, ...op.end,
  ];

  const i32 = valueType.i32;
  return { name: `dot${rows}x${columns}`, params: [i32, i32, i32, i32, i32, i32], locals, body };
}

function range(count: number): number[] {
  return Array.from({ length: count }, (_, index) => index);
}
