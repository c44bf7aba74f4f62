import { TenetsConfigError, type Feedback, type PipelineEventListener } from '@tenets/core';
import { feedbackMapTargets, validateFieldMap, type FieldMap } from '../map/field-map.ts';
import { detectShape } from '../shapes/detect-shape.ts';
import type { FeedbackShape } from '../shapes/feedback-draft.ts';
import { createRatingScale } from '../shapes/rating-scale.ts';
import { createIngestion, type IngestItem, type Ingestion } from './create-ingestion.ts';
import { defaultMaxFieldBytes, defaultMaxLineBytes, ingestFormatSchema, type IngestFormat } from './ingest-format.ts';
import { draftFeedback, finishFeedback } from './to-feedback.ts';
import { validateExplode } from './validate-explode.ts';
import { withContext } from '../context/with-context.ts';
import { defaultMaxDepth } from '../output/nesting-depth.ts';
import { parseDelimiter } from '../read/detect-delimiter.ts';

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
  /**
   * Files of traces, observations or runs (Langfuse traces/observations, LangSmith runs; JSONL, JSON or CSV) read
   * first into an index by `id`: each record whose observation, target, run or trace id matches gets its empty
   * `context.prompt`/`response`/`messages` filled from that row's input/output, and `metadata.contextSource`.
   * Bad context rows become rejects; the summary counts `contextJoined` and `contextMissing`. See docs/ingest.md.
   * @default []
   */
  context?: readonly string[];
  /**
   * CSV/TSV field delimiter: one character, or `tab`, `semicolon`, `comma`, `pipe`; `auto` detects it per file from
   * the header line (`,` `;` tab `|`). `.tsv` files default to tab. (`--delimiter` in the CLI.)
   * @default 'auto'
   */
  delimiter?: string;
  /** Objects/arrays nested deeper than this reject their row as `too deeply nested`. @default 100 */
  maxDepth?: number;
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

  const limits = { maxFieldBytes: options.maxFieldBytes ?? defaultMaxFieldBytes, maxLineBytes: options.maxLineBytes ?? defaultMaxLineBytes, maxDepth: options.maxDepth ?? defaultMaxDepth };
  const delimiter = parseDelimiter(options.delimiter);
  const strict = options.strict ?? false;
  const ingestion = createIngestion({
    files: options.files,
    format: format.data,
    limits,
    strict,
    explode,
    ...(delimiter === undefined ? {} : { delimiter }),
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
  const context = options.context ?? [];
  return context.length === 0 ? ingestion : withContext(ingestion, { context, limits, strict, onEvent: options.onEvent, abortSignal: options.abortSignal });
}
