import { TenetsConfigError, type Preference } from '@tenets/core';
import { createIngestion, type IngestItem, type Ingestion } from '../ingest/create-ingestion.ts';
import { validateExplode } from '../ingest/validate-explode.ts';
import { defaultMaxFieldBytes, defaultMaxLineBytes } from '../ingest/ingest-format.ts';
import type { IngestFilesOptions } from '../ingest/ingest-files.ts';
import { preferenceMapTargets, validateFieldMap } from '../map/field-map.ts';
import { toPreference } from './to-preference.ts';

export type PreferenceIngestItem = IngestItem<'preference', Preference>;

/**
 * Streams pairwise preferences (`textA`, `textB`, `preferred`, optional `prompt`, `critique`) from JSONL,
 * JSON arrays or CSV, with the same limits, `explode`, reject records and strict mode as `ingestFiles`.
 */
export function readPreferences(options: IngestFilesOptions): Ingestion<PreferenceIngestItem> {
  const format = options.format ?? 'auto';
  if (format === 'langfuse' || format === 'langsmith') {
    throw new TenetsConfigError({ message: `format "${format}" holds scores, not pairwise preferences`, hint: 'use auto, jsonl, json or csv' });
  }
  if (options.ratingScale !== undefined) throw new TenetsConfigError({ message: 'a rating scale applies to feedback ratings, not to pairwise preferences', hint: 'leave out ratingScale' });
  const map = validateFieldMap(options.map ?? {}, preferenceMapTargets);
  return createIngestion({
    files: options.files,
    format,
    limits: { maxFieldBytes: options.maxFieldBytes ?? defaultMaxFieldBytes, maxLineBytes: options.maxLineBytes ?? defaultMaxLineBytes },
    strict: options.strict ?? false,
    explode: validateExplode(options.explode ?? []),
    kind: 'preference',
    onEvent: options.onEvent,
    abortSignal: options.abortSignal,
    createConverter: () => ({
      shape: () => 'preference',
      convert: (item) => toPreference(item.value, map),
    }),
  });
}
