import type { z } from 'zod';

/** How an artefact is stored: one JSON value, one JSON record per line, plain text, or raw bytes. */
export type ArtefactFormat = 'json' | 'jsonl' | 'text' | 'binary';

/**
 * One entry of the artefact registry. `schema` validates the value on read (for `jsonl`: each record);
 * raise `schemaVersion` whenever the shape changes, so old files are refused with `producedBy` in the message.
 */
export interface ArtefactDefinition<SCHEMA extends z.ZodType = z.ZodType, FORMAT extends ArtefactFormat = ArtefactFormat> {
  /** File name inside the run directory. */
  file: string;
  format: FORMAT;
  schema: SCHEMA;
  schemaVersion: number;
  /** The command that (re)generates it, as the user types it, e.g. `tenets run <files…> --out <run-dir>`. */
  producedBy: string;
  /** Lineage assumed for runs written before the store recorded one. */
  derivedFrom: readonly string[];
  description: string;
}

/** Identity function that keeps the literal types of a registry entry. */
export function defineArtefact<SCHEMA extends z.ZodType, FORMAT extends ArtefactFormat>(definition: ArtefactDefinition<SCHEMA, FORMAT>): ArtefactDefinition<SCHEMA, FORMAT> {
  return definition;
}
