import { z } from 'zod';
import { engineSchema } from './aspect.ts';
import { tokenUsageSchema } from './usage.ts';

export const manifestSchemaVersion = 2;

/** What `tenets run` records about the run as a whole. Timings are the only non-deterministic part. */
export const runRecordSchema = z.object({
  engine: engineSchema,
  /** Human-readable note on the engine, e.g. that the offline engine ran. */
  engineNote: z.string(),
  models: z.object({ language: z.string().optional(), embedding: z.string().optional(), clusterer: z.string() }),
  seed: z.number().int(),
  options: z.record(z.string(), z.unknown()),
  inputs: z.array(z.object({ path: z.string(), sha256: z.string(), bytes: z.number().int().nonnegative() })),
  counts: z.record(z.string(), z.number()),
  timings: z.record(z.string(), z.number()),
  usage: z.object({ stages: z.record(z.string(), tokenUsageSchema), total: tokenUsageSchema }),
  warnings: z.array(z.string()),
});
export type RunRecord = z.infer<typeof runRecordSchema>;

/** One artefact of a run: its file, the schema version it was written with, and its lineage. */
export const artefactRecordSchema = z.object({
  file: z.string(),
  schemaVersion: z.number().int().positive(),
  /** The command that wrote it, e.g. `tenets run`. */
  command: z.string(),
  /** The options that command was given (flags as given, minus secrets). */
  options: z.record(z.string(), z.unknown()),
  /** Names of the artefacts it was computed from; rewriting one of them makes this one stale. */
  derivedFrom: z.array(z.string()),
  /** SHA-256 of the file as written; a rewrite with the same bytes leaves downstream artefacts valid. */
  sha256: z.string().optional(),
  /** Set when an upstream artefact was rewritten: the file was removed and must be regenerated. */
  stale: z.object({ upstream: z.string(), command: z.string() }).optional(),
});
export type ArtefactRecord = z.infer<typeof artefactRecordSchema>;

/** `manifest.json`: the run record and every artefact with its lineage. Written by the run store. */
export const manifestSchema = z.object({
  schemaVersion: z.literal(manifestSchemaVersion),
  tool: z.object({ name: z.literal('tenets'), version: z.string() }),
  /** Absent until `tenets run` wrote the run (a run assembled through the library may have none). */
  run: runRecordSchema.optional(),
  /** By artefact name, sorted. */
  artefacts: z.record(z.string(), artefactRecordSchema),
});
export type Manifest = z.infer<typeof manifestSchema>;

/** The manifest of runs written before the run store (schema 1): the run record at the top level. */
export const legacyManifestSchema = runRecordSchema.extend({
  schemaVersion: z.literal(1),
  tool: z.object({ name: z.literal('tenets'), version: z.string() }),
});
export type LegacyManifest = z.infer<typeof legacyManifestSchema>;
