import { TenetsConfigError } from '@tenets/core';
import { z } from 'zod';

/** Target path (in the record) → source path (in the input row), both dotted: `{ 'context.prompt': 'inputs.question' }`. */
export const fieldMapSchema = z.record(z.string().min(1), z.string().min(1));
export type FieldMap = z.infer<typeof fieldMapSchema>;

/** Fields of a feedback record that `map` may set; `metadata.<anything>` is allowed too. */
export const feedbackMapTargets = [
  'id',
  'critique',
  'rating',
  'user',
  'createdAt',
  'sourceSystem',
  'origin',
  'targetId',
  'correction',
  'context',
  'context.prompt',
  'context.response',
  'context.messages',
  'context.trajectory',
  'metadata',
] as const;

/** Fields of a preference record that `map` may set. */
export const preferenceMapTargets = ['id', 'prompt', 'textA', 'textB', 'preferred', 'modelA', 'modelB', 'critique', 'metadata'] as const;

/** Parses `--map to=from` flags into a field map; throws `TenetsConfigError` on a malformed entry. */
export function parseFieldMap(entries: readonly string[]): FieldMap {
  const map: FieldMap = {};
  for (const entry of entries) {
    const separator = entry.indexOf('=');
    const target = entry.slice(0, separator).trim();
    const source = entry.slice(separator + 1).trim();
    if (separator <= 0 || target === '' || source === '') {
      throw new TenetsConfigError({ message: `--map "${entry}" is not of the form to=from`, hint: 'e.g. --map critique=comment --map context.prompt=input' });
    }
    map[target] = source;
  }
  return map;
}

/** Checks that every target of a map is a field the record has; throws `TenetsConfigError` otherwise. */
export function validateFieldMap(map: FieldMap, targets: readonly string[]): FieldMap {
  const parsed = fieldMapSchema.safeParse(map);
  if (!parsed.success) throw new TenetsConfigError({ message: `invalid field map: ${parsed.error.issues[0]?.message ?? 'unknown problem'}` });
  for (const target of Object.keys(parsed.data)) {
    if (targets.includes(target) || (target.startsWith('metadata.') && target.length > 'metadata.'.length)) continue;
    throw new TenetsConfigError({
      message: `--map target "${target}" is not a field of the record`,
      hint: `map to one of: ${targets.join(', ')}, or metadata.<name>`,
    });
  }
  return parsed.data;
}
