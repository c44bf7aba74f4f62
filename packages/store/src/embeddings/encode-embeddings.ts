import { TenetsArtefactError, type EmbeddingIndex } from '@tenets/core';
import { fromFloat16Bits, toFloat16Bits } from './float16.ts';

export type EmbeddingDtype = EmbeddingIndex['dtype'];

const bytesPer: Record<EmbeddingDtype, number> = { float32: 4, float16: 2 };

/** Rows of `vectors` in `ids` order as little-endian bytes, no header (the index says dtype and dimensions). */
export function encodeEmbeddings(ids: readonly string[], vectors: ReadonlyMap<string, Float32Array>, dtype: EmbeddingDtype): { bytes: Uint8Array<ArrayBuffer>; dimensions: number } {
  const dimensions = ids.length === 0 ? 0 : vectors.get(ids[0]!)?.length ?? 0;
  const bytes = new Uint8Array(ids.length * dimensions * bytesPer[dtype]);
  const view = new DataView(bytes.buffer);
  ids.forEach((id, row) => {
    const vector = vectors.get(id);
    if (!vector || vector.length !== dimensions) throw new TenetsArtefactError({ file: 'embeddings.bin', artefact: 'embeddings', problem: 'invalid', message: `aspect ${id} has ${vector ? `${vector.length} dimensions, not ${dimensions}` : 'no embedding'}` });
    for (let column = 0; column < dimensions; column += 1) {
      const offset = (row * dimensions + column) * bytesPer[dtype];
      if (dtype === 'float32') view.setFloat32(offset, vector[column]!, true);
      else view.setUint16(offset, toFloat16Bits(vector[column]!), true);
    }
  });
  return { bytes, dimensions };
}

/** The vectors of an embeddings.bin as its index describes them, by id. */
export function decodeEmbeddings(bytes: Uint8Array, index: EmbeddingIndex): Map<string, Float32Array> {
  const expected = index.ids.length * index.dimensions * bytesPer[index.dtype];
  if (bytes.byteLength !== expected) {
    throw new TenetsArtefactError({ file: 'embeddings.bin', artefact: 'embeddings', problem: 'invalid', message: `holds ${bytes.byteLength} bytes; embeddings.json describes ${index.ids.length} × ${index.dimensions} ${index.dtype} values (${expected} bytes)`, command: 'tenets run <files…> --out <run-dir>' });
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const vectors = new Map<string, Float32Array>();
  index.ids.forEach((id, row) => {
    const vector = new Float32Array(index.dimensions);
    for (let column = 0; column < index.dimensions; column += 1) {
      const offset = (row * index.dimensions + column) * bytesPer[index.dtype];
      vector[column] = index.dtype === 'float32' ? view.getFloat32(offset, true) : fromFloat16Bits(view.getUint16(offset, true));
    }
    vectors.set(id, vector);
  });
  return vectors;
}
