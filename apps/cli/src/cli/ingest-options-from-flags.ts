import type { IngestToFilesOptions } from '@tenets/formats';
import type { z } from 'zod';
import type { ingestFlags } from './flags.ts';
import { parseFieldMap } from './parse-field-map.ts';

/** The ingest flags `run` and `ingest` share (see `ingestFlags`). */
export type IngestFlagValues = z.output<z.ZodObject<typeof ingestFlags>>;

/** Flags → ingest options, with the CLI's defaults: not strict, secrets redacted. */
export function ingestOptionsFromFlags(flags: IngestFlagValues): Pick<IngestToFilesOptions, 'format' | 'map' | 'explode' | 'ratingScale' | 'context' | 'strict' | 'redact' | 'delimiter'> {
  return {
    format: flags.format,
    map: parseFieldMap(flags.map),
    explode: flags.explode,
    ratingScale: flags.ratingScale,
    context: flags.context,
    ...(flags.delimiter ? { delimiter: flags.delimiter } : {}),
    strict: flags.strict ?? false,
    redact: flags.redact ?? true,
  };
}
