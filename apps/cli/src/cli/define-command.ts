import type { z } from 'zod';
import type { CliContext } from './context.ts';

/** One positional argument. `name` is camelCase in code and kebab-case in help (`runDir` → `<run-dir>`). */
export interface PositionalSpec {
  readonly name: string;
  readonly description: string;
  /** Takes every remaining argument (`<files…>`); at least one is required unless `optional`. */
  readonly variadic?: boolean;
  readonly optional?: boolean;
}

/** `[{ name: 'files', variadic: true }]` → `{ files: string[] }`. */
export type PositionalValues<POSITIONALS extends readonly PositionalSpec[]> = {
  [SPEC in POSITIONALS[number] as SPEC['name']]: SPEC['variadic'] extends true ? string[] : SPEC['optional'] extends true ? string | undefined : string;
};

export interface CommandDefinition<FLAGS extends z.ZodObject, POSITIONALS extends readonly PositionalSpec[]> {
  name: string;
  summary: string;
  positionals: POSITIONALS;
  /** Every flag of the command: the parser, the types of `run` and the help all come from this schema. */
  flags: FLAGS;
  examples: readonly string[];
  /**
   * Does the work and returns the exit code. Import heavy modules (runner, models, ink) inside, with
   * `await import(…)`: the command list is loaded for `--help`, which must stay fast.
   */
  run(input: { flags: z.output<FLAGS>; positionals: PositionalValues<POSITIONALS> }, context: CliContext): Promise<number>;
}

/** A command with its types erased, as the parser and the help see it. */
export interface Command {
  name: string;
  summary: string;
  positionals: readonly PositionalSpec[];
  flags: z.ZodObject;
  examples: readonly string[];
  run(input: { flags: Record<string, unknown>; positionals: Record<string, string | string[] | undefined> }, context: CliContext): Promise<number>;
}

/**
 * Declares a command. `run` receives flags typed by `z.output` of the flags schema and positionals typed by
 * their specs; the parser guarantees both, so the one cast to the erased `Command` lives here.
 */
export function defineCommand<FLAGS extends z.ZodObject, const POSITIONALS extends readonly PositionalSpec[]>(definition: CommandDefinition<FLAGS, POSITIONALS>): Command {
  return definition as unknown as Command;
}
