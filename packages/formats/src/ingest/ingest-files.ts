import { TenetsConfigError, type Feedback, type PipelineEventListener } from '@tenets/core';
import { feedbackMapTargets, validateFieldMap, type FieldMap } from '../map/field-map.ts';
import { detectShape } from '../shapes/detect-shape.ts';
import type { FeedbackShape } from '../shapes/feedback-draft.ts';
import { createRatingScale } from '../shapes/rating-scale.ts';
import { createIngestion, type IngestItem, type Ingestion } from './create-ingestion.ts';
import { defaultMaxFieldBytes, defaultMaxLineBytes, ingestFormatSchema, type IngestFormat } from './ingest-format.ts';
import { draftFeedback, finishFeedback } from './to-feedback.ts';
import { validateExplode } from './validate-explode.ts';

export interface IngestFilesOptions {
  /** Input paths (`-` reads standard input; `.gz` files are decompressed). Read in order. */
  files: readonly string[];
  /**
   * `auto` picks the container by extension and first bytes and recognises Langfuse/LangSmith rows by their
   * keys; `jsonl`/`json`/`csv` fix the container; `langfuse`/`langsmith` fix the row shape.
   * @default 'auto'
   */
  format?: IngestFormat;
  /** Record field → input column, dotted on both sides: `{ critique: 'comment', 'context.prompt': 'inputs.question' }`. */
  map?: FieldMap;
  /**
   * Input columns (dotted paths, as on the right of `map`) holding lists: each row becomes one record per element,
   * parallel lists zipped by index (`['feedback', 'rating']`). Records get the id `<id>#<element>` and
   * `metadata.explodedIndex`; lists of different lengths reject the row as `length mismatch`. See docs/ingest.md.
   * @default []
   */
  explode?: readonly string[];
  /**
   * Categorical rating labels, lowest first (`['Bad', 'Could be Improved', 'Acceptable', 'Excellent']`): a rating
   * that is one of them becomes its position (0…n-1), the label is kept in `metadata.ratingLabel`. Without a scale,
   * ratings are numbers or `up`/`down`.
   */
  ratingScale?: readonly string[];
  /** Throw `TenetsInvalidInputError` at the first bad row instead of rejecting it. Ratings without critique never throw. @default false */
  strict?: boolean;
  /** A string field longer than this rejects its row. @default 10 MiB */
  maxFieldBytes?: number;
  /** A line (JSON element, CSV row) longer than this is skipped without being buffered. @default 16 MiB */
  maxLineBytes?: number;
  onEvent?: PipelineEventListener;
  abortSignal?: AbortSignal;
}

export type FeedbackIngestItem = IngestItem<'feedback', Feedback>;

/**
 * Streams feedback logs into canonical `Feedback` records and rejects, in input order, with memory that stays
 * flat whatever the file size. Iterate the result once; `summary()` then gives the counts.
 */
export function ingestFiles(options: IngestFilesOptions): Ingestion<FeedbackIngestItem> {
  const format = ingestFormatSchema.safeParse(options.format ?? 'auto');
  if (!format.success) throw new TenetsConfigError({ message: `unknown format "${String(options.format)}"`, hint: `use one of: ${ingestFormatSchema.options.join(', ')}` });
  const map = validateFieldMap(options.map ?? {}, feedbackMapTargets);
  const explode = validateExplode(options.explode ?? []);
  const ratingScale = options.ratingScale === undefined ? undefined : createRatingScale(options.ratingScale);
  const forcedShape: FeedbackShape | undefined = format.data === 'langfuse' || format.data === 'langsmith' ? format.data : undefined;

  return createIngestion({
    files: options.files,
    format: format.data,
    limits: { maxFieldBytes: options.maxFieldBytes ?? defaultMaxFieldBytes, maxLineBytes: options.maxLineBytes ?? defaultMaxLineBytes },
    strict: options.strict ?? false,
    explode,
    kind: 'feedback',
    onEvent: options.onEvent,
    abortSignal: options.abortSignal,
    createConverter: ({ path }) => {
      let shape: FeedbackShape | undefined = forcedShape;
      return {
        shape: () => shape,
        convert: (item) => {
          shape ??= detectShape(item.value);
          return finishFeedback(draftFeedback(item.value, shape, map, { ratingScale }), { file: path, line: item.line });
        },
      };
    },
  });
}
