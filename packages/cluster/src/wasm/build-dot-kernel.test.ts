/// <reference path="./web-assembly.d.ts" />
import { describe, expect, it } from 'vitest';
import { seededRandom } from '@tenets/core';
import { createJsDotKernel, instantiateDotKernel } from '../engine/dense-passes.js';
import { buildDotKernel } from './build-dot-kernel.ts';
import { signedLeb, unsignedLeb } from './wasm-encoder.ts';

describe('LEB128', () => {
  it('encodes the examples from the WebAssembly spec', () => {
    expect(unsignedLeb(0)).toEqual([0x00]);
    expect(unsignedLeb(624_485)).toEqual([0xe5, 0x8e, 0x26]);
    expect(unsignedLeb(0x105)).toEqual([0x85, 0x02]);
    expect(signedLeb(-123_456)).toEqual([0xc0, 0xbb, 0x78]);
    expect(signedLeb(63)).toEqual([0x3f]);
    expect(signedLeb(64)).toEqual([0xc0, 0x00]);
  });
});

describe('buildDotKernel', () => {
  const dimensions = 40;
  const rowBytes = dimensions * 4;
  const rowCount = 12;
  const listsOffset = rowCount * rowBytes;

  function setUp() {
    const memory = new WebAssembly.Memory({ initial: 1, maximum: 1, shared: true });
    const floats = new Float32Array(memory.buffer);
    const random = seededRandom(7);
    for (let index = 0; index < rowCount * dimensions; index++) floats[index] = random() * 2 - 1;
    const ints = new Int32Array(memory.buffer);
    // a = rows 0..3, b = rows 4..11
    for (let a = 0; a < 4; a++) ints[listsOffset / 4 + a] = a * rowBytes;
    for (let b = 0; b < 8; b++) ints[listsOffset / 4 + 4 + b] = (4 + b) * rowBytes;
    return { memory, floats };
  }

  it('validates, and every shape matches a float64 reference and the plain-JS kernel bit for bit', () => {
    const bytes = buildDotKernel();
    expect(WebAssembly.validate(bytes)).toBe(true);
    const { memory, floats } = setUp();
    const wasm = instantiateDotKernel(new WebAssembly.Module(bytes), memory);
    const plain = createJsDotKernel(memory.buffer);
    const outOffset = listsOffset + 64;
    const run = (dot: (typeof wasm)['dot2x4']) => {
      dot(listsOffset, 4, listsOffset + 16, 8, outOffset, rowBytes);
      return Array.from(new Float32Array(memory.buffer, outOffset, 32));
    };
    const twoByFour = run(wasm.dot2x4);
    const oneByFour = run(wasm.dot1x4);
    const javascript = run(plain.dot2x4);
    expect(oneByFour).toEqual(twoByFour);
    expect(javascript).toEqual(twoByFour);
    for (let a = 0; a < 4; a++) {
      for (let b = 0; b < 8; b++) {
        let reference = 0;
        for (let dimension = 0; dimension < dimensions; dimension++) reference += floats[a * dimensions + dimension]! * floats[(4 + b) * dimensions + dimension]!;
        expect(twoByFour[a * 8 + b]).toBeCloseTo(reference, 5);
      }
    }
  });
});
