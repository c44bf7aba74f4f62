/**
 * Just enough of the WebAssembly binary format to emit the dot-product kernel without a toolchain:
 * LEB128 numbers, the sections we use, and named opcodes so the kernel source reads like WAT.
 * Reference: https://webassembly.github.io/spec/core/binary/ and the SIMD / relaxed-SIMD proposals.
 */
export const valueType = { i32: 0x7f, f32: 0x7d, f64: 0x7c, v128: 0x7b } as const;

export const op = {
  block: [0x02, 0x40],
  loop: [0x03, 0x40],
  end: [0x0b],
  br: (depth: number) => [0x0c, ...unsignedLeb(depth)],
  brIf: (depth: number) => [0x0d, ...unsignedLeb(depth)],
  localGet: (index: number) => [0x20, ...unsignedLeb(index)],
  localSet: (index: number) => [0x21, ...unsignedLeb(index)],
  localTee: (index: number) => [0x22, ...unsignedLeb(index)],
  i32Load: (offset = 0) => [0x28, 0x02, ...unsignedLeb(offset)],
  f32Store: (offset = 0) => [0x38, 0x02, ...unsignedLeb(offset)],
  i32Const: (value: number) => [0x41, ...signedLeb(value)],
  v128ZeroConst: [0xfd, ...unsignedLeb(0x0c), ...new Array<number>(16).fill(0)],
  i32GeU: [0x4f],
  i32Add: [0x6a],
  i32Mul: [0x6c],
  f32Add: [0x92],
  v128Load: (offset = 0) => [0xfd, ...unsignedLeb(0x00), 0x04, ...unsignedLeb(offset)],
  f32x4Splat: [0xfd, ...unsignedLeb(0x13)],
  f32x4ExtractLane: (lane: number) => [0xfd, ...unsignedLeb(0x1f), lane],
  f32x4Add: [0xfd, ...unsignedLeb(0xe4)],
  f32x4Mul: [0xfd, ...unsignedLeb(0xe6)],
  /** Relaxed SIMD: a·b + c, fused where the CPU has FMA. */
  f32x4RelaxedMadd: [0xfd, ...unsignedLeb(0x105)],
} as const;

export function unsignedLeb(value: number): number[] {
  const bytes: number[] = [];
  let rest = value >>> 0;
  do {
    let byte = rest & 0x7f;
    rest >>>= 7;
    if (rest !== 0) byte |= 0x80;
    bytes.push(byte);
  } while (rest !== 0);
  return bytes;
}

export function signedLeb(value: number): number[] {
  const bytes: number[] = [];
  let rest = value | 0;
  for (;;) {
    const byte = rest & 0x7f;
    rest >>= 7;
    const done = (rest === 0 && (byte & 0x40) === 0) || (rest === -1 && (byte & 0x40) !== 0);
    bytes.push(done ? byte : byte | 0x80);
    if (done) return bytes;
  }
}

export interface WasmFunction {
  name: string;
  params: number[];
  /** Extra locals after the parameters, as value types in order. */
  locals: number[];
  body: number[];
}

/** Pages of 64 KiB a wasm32 memory can hold at most (4 GiB). */
export const maximumMemoryPages = 65_536;

/**
 * A module that imports one shared memory as `env.memory` (any size up to 4 GiB) and exports the given
 * functions, which take i32/f32 parameters and return nothing.
 */
export function encodeModule({ functions }: { functions: WasmFunction[] }): Uint8Array {
  const types = functions.map((fn) => [0x60, ...vector(fn.params.map((type) => [type])), 0x00]);
  const imports = vector([
    [...name('env'), ...name('memory'), 0x02, 0x03, ...unsignedLeb(1), ...unsignedLeb(maximumMemoryPages)],
  ]);
  const declarations = vector(functions.map((_, index) => unsignedLeb(index)));
  const exports = vector(functions.map((fn, index) => [...name(fn.name), 0x00, ...unsignedLeb(index)]));
  const bodies = vector(
    functions.map((fn) => {
      const locals = vector(fn.locals.map((type) => [0x01, type]));
      const code = [...locals, ...fn.body, ...op.end];
      return [...unsignedLeb(code.length), ...code];
    }),
  );
  return Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vector(types)),
    ...section(2, imports),
    ...section(3, declarations),
    ...section(7, exports),
    ...section(10, bodies),
  ]);
}

function vector(items: number[][]): number[] {
  return [...unsignedLeb(items.length), ...items.flat()];
}

function name(text: string): number[] {
  const bytes = Array.from(new TextEncoder().encode(text));
  return [...unsignedLeb(bytes.length), ...bytes];
}

function section(id: number, content: number[]): number[] {
  return [id, ...unsignedLeb(content.length), ...content];
}
