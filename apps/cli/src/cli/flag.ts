import type { z } from 'zod';

/** One documented command-line flag. The zod schema validates and coerces the raw value. */
export interface Flag {
  name: string;
  type: 'string' | 'boolean';
  /** Repeatable (`--map a=b --map c=d`). */
  multiple?: boolean;
  /** Accept `--no-<name>` for booleans. */
  negatable?: boolean;
  short?: string;
  valueName?: string;
  description: string;
  schema: z.ZodType;
}
