import { modelSettingsSchema } from '@tenets/models/settings';
import { z } from 'zod';
import { flag } from './flag-registry.ts';

/** `['feedback,rating', 'tags']` → `['feedback', 'rating', 'tags']`; undefined stays undefined. */
const commaSeparated = (values: string[] | undefined) => values?.flatMap((value) => value.split(',')).map((value) => value.trim()).filter((value) => value !== '');

/** Flags every command has. */
export const commonFlags = {
  help: flag(z.boolean().optional().describe('Show help for the command.'), { short: 'h' }),
  quiet: flag(z.boolean().optional().describe('No progress output on stderr (errors still print).'), { short: 'q' }),
  json: z.boolean().optional().describe('Print a machine-readable JSON summary on stdout.'),
};

/** The ingest flags `run` and `ingest` share (each adds its own `--out`). */
export const ingestFlags = {
  format: flag(z.enum(['auto', 'jsonl', 'json', 'csv', 'langfuse', 'langsmith']).default('auto').describe('Input format.'), { valueName: 'name' }),
  map: flag(
    z
      .array(z.string().regex(/^[^=]+=.+$/, 'expected to=from, e.g. critique=comment'))
      .optional()
      .describe('Map an input column to a record field, e.g. --map critique=comment --map context.prompt=input.'),
    { valueName: 'to=from' },
  ),
  explode: flag(
    z
      .array(z.string())
      .optional()
      .transform(commaSeparated)
      .describe('Split rows whose column holds a list into one record per element; repeat (or comma-separate) for parallel lists, e.g. --explode feedback --explode rating.'),
    { valueName: 'column' },
  ),
  ratingScale: flag(
    z
      .string()
      .optional()
      .transform((text) => (text === undefined ? undefined : commaSeparated([text])))
      .describe('Categorical rating labels, lowest first, comma separated: a label becomes its position (0, 1, …), e.g. --rating-scale "Bad,Could be Improved,Acceptable,Excellent".'),
    { valueName: 'labels' },
  ),
  context: flag(
    z
      .array(z.string().min(1))
      .optional()
      .describe('Traces, observations or runs (Langfuse, LangSmith; JSONL, JSON or CSV) whose input/output fill the empty context of the feedback that targets them; repeat for several files.'),
    { valueName: 'file' },
  ),
  delimiter: flag(
    z
      .string()
      .min(1)
      .optional()
      .describe('CSV field delimiter: one character, or tab, semicolon, comma, pipe; auto detects it per file (, ; tab |). Default: auto.'),
    { valueName: 'char' },
  ),
  strict: z.boolean().optional().describe('Stop with a non-zero exit at the first bad row instead of writing it to the rejects file.'),
  redact: flag(z.boolean().optional().describe('Replace API-key-like strings (sk-…, Bearer …, AKIA…) in the records with [REDACTED:<kind>]. Default: on.'), { negatable: true }),
};

const settings = modelSettingsSchema.shape;

/**
 * Model flags: the model settings (described once, in `@tenets/models`' settings schema) a command line may
 * set, under their setting names, plus `--offline` and `--resume`.
 */
export const modelFlags = {
  model: flag(settings.model, { short: 'm', valueName: 'spec', env: 'TENETS_MODEL' }),
  embeddingModel: flag(settings.embeddingModel, { valueName: 'spec', env: 'TENETS_EMBEDDING_MODEL' }),
  baseURL: flag(settings.baseURL, { name: 'base-url', valueName: 'url', env: 'TENETS_BASE_URL' }),
  offline: z.boolean().optional().describe('Use the offline engine even when a model is configured.'),
  concurrency: flag(settings.concurrency, { valueName: 'n' }),
  requestsPerMinute: flag(settings.requestsPerMinute, { name: 'rpm', valueName: 'n' }),
  tokensPerMinute: flag(settings.tokensPerMinute, { name: 'tpm', valueName: 'n' }),
  timeoutMs: flag(settings.timeoutMs, { name: 'timeout', valueName: 'ms' }),
  maxCostUsd: flag(settings.maxCostUsd, { name: 'max-cost', valueName: 'usd' }),
  cache: flag(settings.cache, { negatable: true }),
  cacheDir: flag(settings.cacheDir, { valueName: 'dir', env: 'TENETS_CACHE_DIR' }),
  resume: z.boolean().optional().describe('Resume an interrupted run: finished calls come from the cache, pending batches are polled.'),
  batch: settings.batch,
};

export type ModelFlagValues = z.output<z.ZodObject<typeof modelFlags>>;
