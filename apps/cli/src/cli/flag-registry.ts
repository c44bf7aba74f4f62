import { z } from 'zod';

/** What a flag needs beyond its zod schema (the schema's `.describe()` is its help text). */
export interface FlagMeta {
  /** The flag as typed, when it is not the kebab-case of its key (`baseURL` → `base-url`). */
  name?: string;
  short?: string;
  /** Placeholder in help: `--out <dir>`. */
  valueName?: string;
  /** Accept `--no-<name>` for a boolean. */
  negatable?: boolean;
  /** The environment variable that sets the same thing, named in help. */
  env?: string;
}

export const flagRegistry = z.registry<FlagMeta>();

/** Attaches CLI metadata to a flag's schema; returns a copy so a shared schema (e.g. a model setting) stays untouched. */
export function flag<SCHEMA extends z.ZodType>(schema: SCHEMA, meta: FlagMeta): SCHEMA {
  const copy = schema.clone();
  flagRegistry.add(copy, meta);
  return copy;
}
