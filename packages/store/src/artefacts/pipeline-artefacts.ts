import { aspectSchema, clusteringSchema, embeddingIndexSchema, feedbackSchema, metricsFileSchema, stageFailureRecordSchema } from '@tenets/core';
import { rejectSchema } from '@tenets/formats';
import { z } from 'zod';
import { defineArtefact } from '../artefact-definition.ts';

const tenetsRun = 'tenets run <files…> --out <run-dir>';

/** What `tenets run` writes: ingest → ground → embed → cluster → per-cluster metrics. */
export const pipelineArtefacts = {
  feedback: defineArtefact({ file: 'feedback.jsonl', format: 'jsonl', schema: feedbackSchema, schemaVersion: 1, producedBy: tenetsRun, derivedFrom: [], description: 'The ingested critiques, one canonical feedback record per line (secrets redacted).' }),
  rejects: defineArtefact({ file: 'rejects.jsonl', format: 'jsonl', schema: rejectSchema, schemaVersion: 1, producedBy: tenetsRun, derivedFrom: [], description: 'Input rows that did not become feedback, with file, line, field and reason.' }),
  aspects: defineArtefact({ file: 'aspects.jsonl', format: 'jsonl', schema: aspectSchema, schemaVersion: 1, producedBy: tenetsRun, derivedFrom: ['feedback'], description: 'Grounded behaviours: what the assistant did, the sign, and the evidence spans.' }),
  'embeddings-index': defineArtefact({ file: 'embeddings.json', format: 'json', schema: embeddingIndexSchema, schemaVersion: 1, producedBy: tenetsRun, derivedFrom: ['aspects'], description: 'Row order, dtype, dimensions and model of embeddings.bin.' }),
  embeddings: defineArtefact({ file: 'embeddings.bin', format: 'binary', schema: z.instanceof(Uint8Array), schemaVersion: 1, producedBy: tenetsRun, derivedFrom: ['aspects', 'embeddings-index'], description: 'The aspect embeddings, little-endian rows as embeddings.json describes.' }),
  clusters: defineArtefact({ file: 'clusters.json', format: 'json', schema: clusteringSchema, schemaVersion: 1, producedBy: tenetsRun, derivedFrom: ['aspects'], description: 'Behaviour clusters, noise and reassigned aspects.' }),
  metrics: defineArtefact({ file: 'metrics.json', format: 'json', schema: metricsFileSchema, schemaVersion: 1, producedBy: tenetsRun, derivedFrom: ['clusters', 'aspects', 'feedback'], description: 'One drafted metric per cluster (ids from the cluster); principles link to these.' }),
  failures: defineArtefact({ file: 'failures.jsonl', format: 'jsonl', schema: stageFailureRecordSchema, schemaVersion: 1, producedBy: tenetsRun, derivedFrom: ['feedback'], description: 'Items a model-backed stage could not process, with the raw reply.' }),
};
