import { z } from 'zod';
import type { Flag } from './flag.ts';

const positiveInteger = z.coerce.number().int().positive();
const nonNegativeNumber = z.coerce.number().nonnegative();
/** `['feedback,rating', 'tags']` → `['feedback', 'rating', 'tags']`; undefined stays undefined. */
const commaSeparated = (values: string[] | undefined) => values?.flatMap((value) => value.split(',')).map((value) => value.trim()).filter((value) => value !== '');

export const commonFlags: Flag[] = [
  { name: 'help', short: 'h', type: 'boolean', description: 'Show help for the command.', schema: z.boolean().optional() },
  { name: 'quiet', short: 'q', type: 'boolean', description: 'No progress output on stderr (errors still print).', schema: z.boolean().optional() },
  { name: 'json', type: 'boolean', description: 'Print a machine-readable JSON summary on stdout.', schema: z.boolean().optional() },
];

export const ingestFlags: Flag[] = [
  { name: 'out', short: 'o', type: 'string', valueName: 'file', description: 'Where to write canonical feedback JSONL (rejects go to <out>.rejects.jsonl).', schema: z.string().min(1) },
  { name: 'format', type: 'string', valueName: 'name', description: 'Input format: auto, jsonl, json, csv, langfuse, langsmith. Default: auto.', schema: z.enum(['auto', 'jsonl', 'json', 'csv', 'langfuse', 'langsmith']).default('auto') },
  { name: 'map', type: 'string', multiple: true, valueName: 'to=from', description: 'Map an input column to a record field, e.g. --map critique=comment --map context.prompt=input.', schema: z.array(z.string().regex(/^[^=]+=.+$/, 'expected to=from, e.g. critique=comment')).optional() },
  { name: 'explode', type: 'string', multiple: true, valueName: 'column', description: 'Split rows whose column holds a list into one record per element; repeat (or comma-separate) for parallel lists, e.g. --explode feedback --explode rating.', schema: z.array(z.string()).optional().transform(commaSeparated) },
  { name: 'rating-scale', type: 'string', valueName: 'labels', description: 'Categorical rating labels, lowest first, comma separated: a label becomes its position (0, 1, …), e.g. --rating-scale "Bad,Could be Improved,Acceptable,Excellent".', schema: z.string().optional().transform((text) => (text === undefined ? undefined : commaSeparated([text]))) },
  { name: 'context', type: 'string', multiple: true, valueName: 'file', description: 'Traces, observations or runs (Langfuse, LangSmith; JSONL, JSON or CSV) whose input/output fill the empty context of the feedback that targets them; repeat for several files.', schema: z.array(z.string().min(1)).optional() },
  { name: 'strict', type: 'boolean', description: 'Stop with a non-zero exit at the first bad row instead of writing it to the rejects file.', schema: z.boolean().optional() },
  { name: 'redact', type: 'boolean', negatable: true, description: 'Replace API-key-like strings (sk-…, Bearer …, AKIA…) in the records with [REDACTED:<kind>]. Default: on.', schema: z.boolean().optional() },
];

export const modelFlags: Flag[] = [
  { name: 'model', short: 'm', type: 'string', valueName: 'spec', description: 'Language model, e.g. openai:gpt-4.1-mini, ollama:qwen2.5:7b, compatible:<id> (env TENETS_MODEL).', schema: z.string().optional() },
  { name: 'embedding-model', type: 'string', valueName: 'spec', description: 'Embedding model, e.g. openai:text-embedding-3-small (env TENETS_EMBEDDING_MODEL). Default: lexical offline embeddings.', schema: z.string().optional() },
  { name: 'base-url', type: 'string', valueName: 'url', description: 'Base URL of an OpenAI-compatible server (env TENETS_BASE_URL; OPENAI_BASE_URL for openai: and compatible:).', schema: z.string().url().optional() },
  { name: 'offline', type: 'boolean', description: 'Use the offline engine even when a model is configured.', schema: z.boolean().optional() },
  { name: 'concurrency', type: 'string', valueName: 'n', description: 'Parallel model calls. Default: 8.', schema: positiveInteger.optional() },
  { name: 'rpm', type: 'string', valueName: 'n', description: 'Requests-per-minute limit.', schema: positiveInteger.optional() },
  { name: 'tpm', type: 'string', valueName: 'n', description: 'Tokens-per-minute limit.', schema: positiveInteger.optional() },
  { name: 'timeout', type: 'string', valueName: 'ms', description: 'Per-call timeout in milliseconds. Default: 120000.', schema: positiveInteger.optional() },
  { name: 'max-cost', type: 'string', valueName: 'usd', description: 'Stop before spending more than this (USD); the run stays resumable.', schema: nonNegativeNumber.optional() },
  { name: 'cache', type: 'boolean', negatable: true, description: 'Use the SQLite call cache (--no-cache bypasses it). Default: on.', schema: z.boolean().optional() },
  { name: 'cache-dir', type: 'string', valueName: 'dir', description: 'Where the call cache lives (env TENETS_CACHE_DIR). Default: .tenets/cache.', schema: z.string().optional() },
  { name: 'resume', type: 'boolean', description: 'Resume an interrupted run: finished calls come from the cache, pending batches are polled.', schema: z.boolean().optional() },
  { name: 'batch', type: 'boolean', description: 'Send model calls through the OpenAI Batch API (slower, cheaper).', schema: z.boolean().optional() },
];

export const runFlags: Flag[] = [
  { name: 'out', short: 'o', type: 'string', valueName: 'dir', description: 'Run directory for the artefacts. Default: runs/latest.', schema: z.string().min(1).default('runs/latest') },
  ...ingestFlags.filter((flag) => flag.name !== 'out'),
  { name: 'seed', type: 'string', valueName: 'n', description: 'Seed for every stochastic step. Default: 42.', schema: z.coerce.number().int().default(42) },
  { name: 'min-cluster-size', type: 'string', valueName: 'n', description: 'HDBSCAN minimum cluster size. Default: √n/2 for small logs, n/100 beyond ~2,500 behaviours (3…1000).', schema: z.coerce.number().int().min(2).optional() },
  { name: 'min-samples', type: 'string', valueName: 'n', description: 'HDBSCAN neighbours for the core distance. Default: 3 with offline embeddings, else --min-cluster-size.', schema: z.coerce.number().int().min(1).optional() },
  {
    name: 'reassign-noise',
    type: 'string',
    valueName: 'similarity|off',
    description: 'Put an unclustered behaviour into its nearest cluster when cosine similarity ≥ this (reported in clusters.json). Default: 0.2 with offline embeddings, else off.',
    schema: z.union([z.literal('off').transform(() => null), z.coerce.number().min(-1).max(1)]).optional(),
  },
  { name: 'clusterer', type: 'string', valueName: 'name', description: 'Clustering engine: hdbscan (fast, default) or hdbscan-ts (small inputs).', schema: z.enum(['hdbscan', 'hdbscan-ts']).default('hdbscan') },
  ...modelFlags,
];
