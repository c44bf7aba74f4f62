import { getPath } from '../map/dotted-path.ts';
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
import type { FeedbackDraft } from './feedback-draft.ts';

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
  const extras = Object.entries(context).filter(([key]) => !contextKeys.has(key));
  return extras.length > 0 ? Object.fromEntries(extras) : undefined;
}

/** Maps a row with free-form column names using the aliases; unused columns go to `metadata`. */
export function genericFeedbackDraft(row: Record<string, unknown>, mappedTargets: ReadonlySet<string>): FeedbackDraft {
  const candidate: Record<string, unknown> = {};
  const context: Record<string, unknown> = {};
  const sources: Record<string, string> = {};
  const consumed = new Set<string>(['metadata', 'context']);
  if (isOwnSourceLocation(row.source)) consumed.add('source');

  for (const rule of feedbackAliases) {
    if (mappedTargets.has(rule.target)) continue;
    for (const alias of rule.aliases) {
      const value = getPath(row, alias);
      if (isBlankValue(value)) continue;
      const coerced = rule.coerce(value);
      if (coerced === undefined) continue;
      if (rule.target.startsWith('context.')) context[rule.target.slice('context.'.length)] = coerced;
      else candidate[rule.target] = coerced;
      sources[rule.target] = alias;
      consumed.add(alias.split('.')[0]);
      break;
    }
  }
  if (row.context !== undefined && row.context !== null && (typeof row.context !== 'object' || Array.isArray(row.context))) {
    // A scalar `context` column cannot be guessed at; validation reports it.
    candidate.context = row.context;
  } else if (Object.keys(context).length > 0) candidate.context = context;

  const metadata: Record<string, unknown> = {};
  const givenMetadata = coerceMetadata(row.metadata);
  if (givenMetadata !== undefined && (typeof givenMetadata !== 'object' || givenMetadata === null || Array.isArray(givenMetadata))) {
    candidate.metadata = givenMetadata;
  } else {
    Object.assign(metadata, givenMetadata);
    for (const [key, value] of Object.entries(row)) if (!consumed.has(key)) metadata[key] = value;
    const contextExtras = unknownContextKeys(row.context);
    if (contextExtras) metadata.context = contextExtras;
    candidate.metadata = metadata;
  }
  return { candidate, sources, critiqueColumns: ruleFor('critique')?.aliases ?? [], isScore: false };
}
