// Ingest: feedback logs (JSONL, JSON arrays, CSV; Langfuse, LangSmith) → canonical records + rejects.
export { ingestFiles, type IngestFilesOptions, type FeedbackIngestItem } from './ingest/ingest-files.ts';
export { ingestToFiles, type IngestToFilesOptions, type IngestToFilesResult } from './ingest/ingest-to-files.ts';
export type { Ingestion, IngestItem } from './ingest/create-ingestion.ts';
export { formatIngestSummary, type IngestSummary, type IngestFileSummary } from './ingest/ingest-summary.ts';
export { formatRejectSummary, formatNoteSummary, ingestNoteKinds, maxNotesPerKind, type IngestNote, type IngestNoteKind, type RejectReasonGroup } from './ingest/ingest-summary.ts';
export { ingestFormatSchema, ingestFormats, defaultMaxFieldBytes, defaultMaxLineBytes, type IngestFormat } from './ingest/ingest-format.ts';
export { draftFeedback, finishFeedback, deriveFeedbackId, type DraftFeedbackOptions } from './ingest/to-feedback.ts';
export { explodeRow, type ExplodedRow, type ExplodeRowOptions } from './ingest/explode-row.ts';
export { IdSet } from './ingest/id-set.ts';
export { joinContext, type JoinOutcome } from './context/join-context.ts';
export { contextEntryFromRow, type ContextEntry } from './context/context-entry.ts';
export { renderContextValue, maxContextChars, maxContextMessages, type RenderedContextValue } from './context/render-context-value.ts';
export { readPreferences, type PreferenceIngestItem } from './preferences/read-preferences.ts';
export { toPreference } from './preferences/to-preference.ts';
export { readAnnotatedPairs, isAnnotatedPairsFile, type ReadAnnotatedPairsResult } from './preferences/read-annotated-pairs.ts';

// Field mapping and row shapes.
export * from './map/index.ts';
export { detectShape } from './shapes/detect-shape.ts';
export type { FeedbackDraft, FeedbackShape } from './shapes/feedback-draft.ts';
export { createRatingScale, type RatingScale } from './shapes/rating-scale.ts';
export { feedbackAliases } from './shapes/generic-feedback.ts';

// Rejects and secrets.
export * from './reject/index.ts';
export { redactSecrets, countSecrets, looksLikeSecret } from './secrets/redact-secrets.ts';
export { redactValue } from './secrets/redact-value.ts';

// Output hygiene: what the CLI and writers use on input-derived text.
export { escapeForTerminal } from './output/escape-for-terminal.ts';
export { toJsonLine } from './output/to-json-line.ts';
export { quoteInput, sanitizeMessage } from './output/quote-input.ts';
export { exceedsDepth, defaultMaxDepth } from './output/nesting-depth.ts';

// Streaming readers (lower level).
export { readLines, type RawLine } from './read/line-reader.ts';
export { JsonArraySplitter, splitJsonArray, type JsonArrayPiece } from './read/json-array-splitter.ts';
export { detectContainer, containerSchema, isUtf16, type Container } from './read/detect-container.ts';
export { openSource, type InputSource } from './read/open-source.ts';
export { detectEncoding, type TextEncoding } from './read/detect-encoding.ts';
export { detectDelimiter, parseDelimiter, delimiterCandidates } from './read/detect-delimiter.ts';
export { parseJsonText, safeParseJsonText, type ParseJsonResult } from './read/parse-json-text.ts';
export type { RawItem, ReaderLimits } from './read/raw-item.ts';

// Artefacts.
export { AtomicFile, withAtomicFile, type WrittenFile } from './artefacts/atomic-file.ts';
export { writeTextAtomic, type ArtefactWriteOptions, type WrittenArtefact } from './artefacts/write-text-atomic.ts';
export { writeJsonAtomic } from './artefacts/write-json-atomic.ts';
export { writeJsonlAtomic } from './artefacts/write-jsonl-atomic.ts';
export { readJsonl, type ReadJsonlOptions } from './artefacts/read-jsonl.ts';
export { hashFile } from './artefacts/hash-file.ts';

// Exports: induced metrics as promptfoo llm-rubric assertions and plain JSON rubrics.
export * from './export/index.ts';
