import {
  coerceCritique,
  coerceId,
  coerceJsonCell,
  coerceMessages,
  coerceMetadata,
  coerceRating,
  coerceText,
  coerceTimestamp,
  coerceUser,
  isBlankValue,
} from './coerce.ts';
import type { ConvertNote } from '../ingest/converted.ts';
import type { FeedbackDraft } from './feedback-draft.ts';
import { readScalarContext } from './read-scalar-context.ts';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

interface FieldRule {
  target: string;
  aliases: readonly string[];
  coerce: (value: unknown) => unknown;
}

/** Column names recognised without a map, first present one wins. */
export const feedbackAliases: readonly FieldRule[] = [
  { target: 'id', aliases: ['id', 'feedback_id', 'feedbackId', 'uuid'], coerce: coerceId },
  { target: 'critique', aliases: ['critique', 'comment', 'comments', 'feedback', 'feedback_text', 'text'], coerce: coerceCritique },
  { target: 'rating', aliases: ['rating', 'score', 'thumbs', 'stars', 'vote'], coerce: coerceRating },
  { target: 'context.prompt', aliases: ['context.prompt', 'prompt', 'input', 'inputs', 'question', 'query'], coerce: coerceText },
  { target: 'context.response', aliases: ['context.response', 'response', 'output', 'outputs', 'answer', 'completion'], coerce: coerceText },
  { target: 'context.messages', aliases: ['context.messages', 'messages', 'conversation'], coerce: coerceMessages },
  { target: 'context.trajectory', aliases: ['context.trajectory', 'trajectory', 'steps'], coerce: coerceJsonCell },
  { target: 'user', aliases: ['user', 'user_id', 'userId', 'author', 'annotator'], coerce: coerceUser },
  { target: 'createdAt', aliases: ['createdAt', 'created_at', 'timestamp', 'time', 'date'], coerce: coerceTimestamp },
  { target: 'sourceSystem', aliases: ['sourceSystem', 'source_system'], coerce: (value) => value ?? undefined },
  { target: 'origin', aliases: ['origin'], coerce: (value) => value ?? undefined },
  { target: 'targetId', aliases: ['targetId', 'target_id', 'traceId', 'trace_id', 'runId', 'run_id'], coerce: coerceId },
  { target: 'correction', aliases: ['correction', 'corrected_output', 'ideal_response'], coerce: coerceText },
];

interface AliasEntry {
  rule: FieldRule;
  ruleIndex: number;
  rank: number;
  alias: string;
  /** Path segments after the first, for nested aliases such as `context.prompt`. */
  rest: readonly string[] | undefined;
}

function readRest(value: unknown, rest: readonly string[]): unknown {
  let current = value;
  for (const segment of rest) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

const aliasesByFirstSegment = new Map<string, AliasEntry[]>();
feedbackAliases.forEach((rule, ruleIndex) => {
  rule.aliases.forEach((alias, rank) => {
    const add = (key: string, rest: readonly string[] | undefined) => {
      const entries = aliasesByFirstSegment.get(key) ?? [];
      entries.push({ rule, ruleIndex, rank, alias, rest });
      aliasesByFirstSegment.set(key, entries);
    };
    const [firstSegment, ...rest] = alias.split('.');
    add(firstSegment, rest.length > 0 ? rest : undefined);
    // A literal "context.prompt" key (not nested) is read as well.
    if (rest.length > 0) add(alias, undefined);
  });
});

const critiqueAliases = feedbackAliases.find((rule) => rule.target === 'critique')?.aliases ?? [];

export function ruleFor(target: string): FieldRule | undefined {
  return feedbackAliases.find((rule) => rule.target === target);
}

/** Rows of our own output carry `source: {file, line}`; it is replaced, not kept. */
function isOwnSourceLocation(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'file' in value && 'line' in value;
}

const contextKeys = new Set(['prompt', 'response', 'messages', 'trajectory']);

function unknownContextKeys(context: unknown): Record<string, unknown> | undefined {
  if (typeof context !== 'object' || context === null || Array.isArray(context)) return undefined;
  let extras: Record<string, unknown> | undefined;
  for (const key in context) {
    if (!contextKeys.has(key)) (extras ??= {})[key] = (context as Record<string, unknown>)[key];
  }
  return extras;
}

/** Maps a row with free-form column names using the aliases; unused columns go to `metadata`. */
export function genericFeedbackDraft(row: Record<string, unknown>, mappedTargets: ReadonlySet<string>, mappedSources: ReadonlySet<string> = mappedTargets): FeedbackDraft {
  const candidate: Record<string, unknown> = {};
  const context: Record<string, unknown> = {};
  const sources: Record<string, string> = {};
  const consumed = new Set<string>(['metadata', 'context']);
  if (isOwnSourceLocation(row.source)) consumed.add('source');

  // One pass over the row's keys (not over every alias): keep the best-ranked non-blank alias per field.
  const bestRank: number[] = [];
  const bestValue: unknown[] = [];
  const bestAlias: string[] = [];
  for (const key in row) {
    const entries = aliasesByFirstSegment.get(key);
    if (entries === undefined) continue;
    for (const entry of entries) {
      if (mappedTargets.has(entry.rule.target) || (bestRank[entry.ruleIndex] ?? Infinity) <= entry.rank) continue;
      const value = entry.rest ? readRest(row[key], entry.rest) : row[key];
      if (isBlankValue(value)) continue;
      const coerced = entry.rule.coerce(value);
      if (coerced === undefined) continue;
      bestRank[entry.ruleIndex] = entry.rank;
      bestValue[entry.ruleIndex] = coerced;
      bestAlias[entry.ruleIndex] = entry.alias;
    }
  }
  for (let ruleIndex = 0; ruleIndex < feedbackAliases.length; ruleIndex += 1) {
    if (bestRank[ruleIndex] === undefined) continue;
    const target = feedbackAliases[ruleIndex].target;
    if (target.startsWith('context.')) context[target.slice('context.'.length)] = bestValue[ruleIndex];
    else candidate[target] = bestValue[ruleIndex];
    sources[target] = bestAlias[ruleIndex];
    consumed.add(bestAlias[ruleIndex].split('.')[0]);
  }
  const notes: ConvertNote[] = [];
  let contextExtras = unknownContextKeys(row.context);
  if (row.context !== undefined && row.context !== null && (typeof row.context !== 'object' || Array.isArray(row.context)) && !mappedTargets.has('context') && !mappedSources.has('context')) {
    const scalar = readScalarContext(row.context, context, sources, 'context');
    notes.push(...scalar.notes);
    contextExtras = scalar.extras;
    if (scalar.unplaced !== undefined) {
      candidate.context = scalar.unplaced;
      sources.context = 'context';
    } else if (Object.keys(context).length > 0) candidate.context = context;
  } else if (Object.keys(context).length > 0) candidate.context = context;

  const metadata: Record<string, unknown> = {};
  const givenMetadata = coerceMetadata(row.metadata);
  if (givenMetadata !== undefined && !isRecord(givenMetadata)) {
    // A text (or list) `metadata` column is kept rather than rejected: it is not ours to interpret.
    metadata.value = givenMetadata;
    notes.push({ kind: 'scalar metadata kept as metadata.value', field: 'metadata', message: 'column "metadata" is not an object; kept as metadata.value' });
  } else Object.assign(metadata, givenMetadata);
  for (const key in row) if (!consumed.has(key)) metadata[key] = row[key];
  if (contextExtras) metadata.context = contextExtras;
  candidate.metadata = metadata;
  return { candidate, sources, critiqueColumns: critiqueAliases, isScore: false, ...(notes.length > 0 ? { notes } : {}) };
}
