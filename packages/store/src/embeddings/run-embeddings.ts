import type { EmbeddingIndex } from '@tenets/core';
import type { ArtefactLineage, RunStore } from '../run-store.ts';
import { decodeEmbeddings, encodeEmbeddings, type EmbeddingDtype } from './encode-embeddings.ts';

export interface WriteEmbeddingsOptions {
  /** Row order: the aspect ids in aspects.jsonl order. */
  ids: readonly string[];
  vectors: ReadonlyMap<string, Float32Array>;
  /** The embedding model as the manifest names it. */
  model: string;
  /** @default 'aspect.behaviour' */
  text?: string;
  /** float32 keeps the vectors exactly; float16 halves the file (see docs/decisions/0004-run-store.md). @default 'float32' */
  dtype?: EmbeddingDtype;
}

/** Writes embeddings.json (the index) and embeddings.bin (the rows) through the store. */
export async function writeEmbeddings(run: RunStore, options: WriteEmbeddingsOptions, lineage: ArtefactLineage): Promise<{ index: EmbeddingIndex; bytes: number }> {
  const dtype = options.dtype ?? 'float32';
  const { bytes, dimensions } = encodeEmbeddings(options.ids, options.vectors, dtype);
  const index: EmbeddingIndex = { dtype, dimensions, model: options.model, text: options.text ?? 'aspect.behaviour', ids: [...options.ids] };
  await run.write('embeddings-index', index, lineage);
  await run.write('embeddings', bytes, { ...lineage, derivedFrom: [...(lineage.derivedFrom ?? []), 'embeddings-index'] });
  return { index, bytes: bytes.byteLength };
}

/** The run's embeddings by aspect id, and the model that made them; no model call. */
export async function readEmbeddings(run: RunStore): Promise<{ index: EmbeddingIndex; vectors: Map<string, Float32Array> }> {
  const index = await run.read('embeddings-index');
  return { index, vectors: decodeEmbeddings(await run.read('embeddings'), index) };
}
