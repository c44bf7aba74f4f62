import { contentId, preferenceSchema, type Preference, type PreferenceLabel } from '@tenets/core';
import type { Converted } from '../ingest/converted.ts';
import { describeIssue } from '../ingest/describe-issue.ts';
import { getPath, setPath } from '../map/dotted-path.ts';
import type { FieldMap } from '../map/field-map.ts';
import { coerceId, coerceMetadata, coerceText, isBlankValue } from '../shapes/coerce.ts';
import { fromTrlPair } from './from-trl-pair.ts';
import { splitInstruction } from './split-instruction.ts';

const aliases: Record<string, readonly string[]> = {
  id: ['id', 'preference_id', 'pair_id', 'uuid'],
  prompt: ['prompt', 'input', 'question', 'query', 'instruction'],
  textA: ['textA', 'text_a', 'response_a', 'responseA', 'output_a', 'completion_a', 'a'],
  textB: ['textB', 'text_b', 'response_b', 'responseB', 'output_b', 'completion_b', 'b'],
  preferred: ['preferred', 'preferred_text', 'preference', 'winner', 'label', 'choice'],
  modelA: ['modelA', 'model_a'],
  modelB: ['modelB', 'model_b'],
  critique: ['critique', 'comment', 'explanation', 'rationale', 'reason', 'feedback'],
};

const preferredWords: Record<string, PreferenceLabel> = {
  a: 'a', texta: 'a', text_a: 'a', response_a: 'a', model_a: 'a', first: 'a',
  b: 'b', textb: 'b', text_b: 'b', response_b: 'b', model_b: 'b', second: 'b',
  tie: 'tie', draw: 'tie', equal: 'tie', both: 'tie',
  both_bad: 'both_bad', bothbad: 'both_bad', 'tie (bothbad)': 'both_bad', 'tie_bothbad': 'both_bad', neither: 'both_bad',
};

function coercePreferred(value: unknown): unknown {
  if (isBlankValue(value)) return undefined;
  if (typeof value !== 'string') return value;
  return preferredWords[value.trim().toLowerCase()] ?? value;
}

const coercers: Record<string, (value: unknown) => unknown> = {
  id: coerceId,
  prompt: coerceText,
  textA: coerceText,
  textB: coerceText,
  preferred: coercePreferred,
  modelA: coerceText,
  modelB: coerceText,
  critique: coerceText,
  metadata: coerceMetadata,
};

/**
 * Turns a row into a pairwise preference. Besides the aliases above, a `chosen`/`rejected` pair
 * (TRL preference rows: strings or message lists, explicit or implicit prompt) becomes `textA`/`textB` with
 * `preferred: "a"`. ICAI's texts ("Instruction: …\n\nOutput: …" on both sides) are split so the prompt is
 * shown once. Unused columns (ICAI's extra columns, the pandas index) go to metadata.
 */
export function toPreference(row: Record<string, unknown>, map: FieldMap): Converted<Preference> {
  const candidate: Record<string, unknown> = {};
  const sources: Record<string, string> = {};
  const consumed = new Set<string>(['metadata']);
  for (const [target, names] of Object.entries(aliases)) {
    if (map[target] !== undefined) continue;
    const name = names.find((alias) => !isBlankValue(row[alias]));
    if (name === undefined) continue;
    candidate[target] = coercers[target](row[name]);
    sources[target] = name;
    consumed.add(name);
  }
  if (candidate.textA === undefined && candidate.textB === undefined && !isBlankValue(row.chosen) && !isBlankValue(row.rejected)) {
    const trl = fromTrlPair(row.prompt, row.chosen, row.rejected);
    candidate.textA = trl.chosen;
    candidate.textB = trl.rejected;
    if (trl.prompt !== undefined) {
      candidate.prompt = trl.prompt;
      sources.prompt = 'prompt';
      consumed.add('prompt');
    }
    candidate.preferred ??= 'a';
    Object.assign(sources, { textA: 'chosen', textB: 'rejected' });
    consumed.add('chosen').add('rejected');
  }
  const givenMetadata = coerceMetadata(row.metadata);
  const isObject = typeof givenMetadata === 'object' && givenMetadata !== null && !Array.isArray(givenMetadata);
  // A metadata value that is not an object is left for validation to report.
  candidate.metadata = givenMetadata === undefined ? {} : isObject ? { ...givenMetadata } : givenMetadata;
  for (const [target, sourcePath] of Object.entries(map)) {
    const raw = getPath(row, sourcePath);
    const coerce = coercers[target] ?? ((value: unknown) => value);
    setPath(candidate, target, isBlankValue(raw) ? undefined : coerce(raw));
    sources[target] = sourcePath;
    consumed.add(sourcePath.split('.')[0]);
  }
  if (typeof candidate.metadata === 'object' && candidate.metadata !== null && !Array.isArray(candidate.metadata)) {
    for (const [key, value] of Object.entries(row)) if (!consumed.has(key)) (candidate.metadata as Record<string, unknown>)[key] = value;
  }

  const idGiven = candidate.id !== undefined;
  const parsed = preferenceSchema.safeParse({ ...candidate, id: idGiven ? candidate.id : 'pending' });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const { field, message } = describeIssue(issue, candidate, sources);
    const missing = getPath(candidate, field) === undefined;
    return { ok: false, reason: missing ? 'missing field' : 'wrong type', field, message };
  }
  const record = splitInstruction(parsed.data);
  if (!idGiven) record.id = contentId('pref', record.prompt ?? '', record.textA, record.textB);
  return { ok: true, record, idGiven };
}
