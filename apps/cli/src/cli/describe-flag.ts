import { z } from 'zod';
import { flagRegistry, type FlagMeta } from './flag-registry.ts';

/** Everything the parser and the help need to know about one flag, read off its zod schema. */
export interface FlagInfo extends FlagMeta {
  /** Key in the command's flags object (camelCase). */
  key: string;
  /** As typed, without dashes. */
  name: string;
  type: 'string' | 'boolean';
  multiple: boolean;
  /** What the raw text is converted to before the schema sees it. */
  value: { kind: 'string' } | { kind: 'boolean' } | { kind: 'number'; integer: boolean; expected: string } | { kind: 'enum'; options: string[] };
  description: string;
  defaultValue: unknown;
  required: boolean;
}

type AnySchema = z.core.$ZodType;
const wrappers = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

export function describeFlag(key: string, schema: AnySchema): FlagInfo {
  let meta: FlagMeta = {};
  let description: string | undefined;
  let defaultValue: unknown;
  let current = schema;
  const visit = (layer: AnySchema) => {
    meta = { ...flagRegistry.get(layer), ...meta };
    description ??= z.globalRegistry.get(layer)?.description;
  };
  for (;;) {
    visit(current);
    const definition = current._zod.def as { type: string; innerType?: AnySchema; in?: AnySchema; defaultValue?: unknown };
    if (definition.type === 'default' && defaultValue === undefined) defaultValue = definition.defaultValue;
    if (wrappers.has(definition.type) && definition.innerType) current = definition.innerType;
    else if (definition.type === 'pipe' && definition.in) current = definition.in;
    else break;
  }
  const base = current;
  let multiple = false;
  let element = base;
  if (base._zod.def.type === 'array') {
    multiple = true;
    element = unwrap((base._zod.def as unknown as { element: AnySchema }).element);
  }
  const value = describeValue(element);
  return {
    ...meta,
    key,
    name: meta.name ?? kebabCase(key),
    type: value.kind === 'boolean' ? 'boolean' : 'string',
    multiple,
    value,
    description: description ?? '',
    defaultValue,
    required: isRequired(schema),
  };
}

function isRequired(schema: AnySchema): boolean {
  return !z.safeParse(schema, undefined).success;
}

function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (;;) {
    const definition = current._zod.def as { type: string; innerType?: AnySchema; in?: AnySchema };
    if (wrappers.has(definition.type) && definition.innerType) current = definition.innerType;
    else if (definition.type === 'pipe' && definition.in) current = definition.in;
    else return current;
  }
}

function describeValue(schema: AnySchema): FlagInfo['value'] {
  const definition = schema._zod.def as { type: string; entries?: Record<string, string>; checks?: z.core.$ZodCheck[] };
  if (definition.type === 'boolean') return { kind: 'boolean' };
  if (definition.type === 'enum' && definition.entries) return { kind: 'enum', options: Object.values(definition.entries) };
  if (definition.type === 'number') return describeNumber(definition.checks ?? []);
  return { kind: 'string' };
}

/** `z.number().int().min(1).max(1024)` → "an integer from 1 to 1024", for "--x expects …, got "abc"". */
function describeNumber(checks: readonly z.core.$ZodCheck[]): FlagInfo['value'] {
  let integer = false;
  let lower: { value: number; inclusive: boolean } | undefined;
  let upper: { value: number; inclusive: boolean } | undefined;
  for (const check of checks) {
    const definition = check._zod.def as { check: string; format?: string; value?: number; inclusive?: boolean };
    if (definition.check === 'number_format' && definition.format !== undefined && /int/.test(definition.format)) integer = true;
    if (definition.check === 'greater_than' && typeof definition.value === 'number') lower = { value: definition.value, inclusive: definition.inclusive ?? false };
    if (definition.check === 'less_than' && typeof definition.value === 'number') upper = { value: definition.value, inclusive: definition.inclusive ?? false };
  }
  const noun = integer ? 'an integer' : 'a number';
  const bound = (edge: { value: number; inclusive: boolean }, inclusive: string, exclusive: string) => `${edge.inclusive ? inclusive : exclusive} ${edge.value}`;
  const range =
    lower && upper && lower.inclusive && upper.inclusive
      ? ` from ${lower.value} to ${upper.value}`
      : [lower && ` ${bound(lower, '≥', '>')}`, upper && ` ${bound(upper, '≤', '<')}`].filter(Boolean).join(' and');
  return { kind: 'number', integer, expected: `${noun}${range}` };
}

export function kebabCase(key: string): string {
  return key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}
