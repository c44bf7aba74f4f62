import { z } from 'zod';

/** `--format`: a container (jsonl, json, csv), a source system (langfuse, langsmith), or auto. */
export const ingestFormatSchema = z.enum(['auto', 'jsonl', 'json', 'csv', 'langfuse', 'langsmith']);
export type IngestFormat = z.infer<typeof ingestFormatSchema>;
export const ingestFormats = ingestFormatSchema.options;

/** Limits that keep memory bounded. */
export const defaultMaxFieldBytes = 10 * 1024 * 1024;
export const defaultMaxLineBytes = 16 * 1024 * 1024;
