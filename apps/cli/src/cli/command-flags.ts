import type { Command } from './define-command.ts';
import { describeFlag, type FlagInfo } from './describe-flag.ts';

const cache = new WeakMap<Command, FlagInfo[]>();

/** The flags of a command in declaration order, described once per command. */
export function commandFlags(command: Command): FlagInfo[] {
  let flags = cache.get(command);
  if (!flags) {
    flags = Object.entries(command.flags.shape).map(([key, schema]) => describeFlag(key, schema));
    cache.set(command, flags);
  }
  return flags;
}
