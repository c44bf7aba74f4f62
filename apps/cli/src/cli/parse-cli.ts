import { parseArgs } from 'node:util';
import { findCommand, type CommandSpec } from './commands.ts';

export type ParsedCli =
  | { kind: 'help'; command?: CommandSpec }
  | { kind: 'version' }
  | { kind: 'command'; command: CommandSpec; positionals: string[]; flags: Record<string, unknown> }
  | { kind: 'error'; message: string; command?: CommandSpec };

/** Pure: argv (without node and script) → what to do. Validation errors come back, never throw. */
export function parseCli(argv: readonly string[]): ParsedCli {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    return { kind: 'help', command: first === 'help' && rest[0] ? findCommand(rest[0]) : undefined };
  }
  if (first === '--version' || first === '-v') return { kind: 'version' };
  const command = findCommand(first);
  if (!command) return { kind: 'error', message: `Unknown command "${first}". Run \`tenets --help\` for the list.` };

  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...rest],
      allowPositionals: true,
      allowNegative: true,
      strict: true,
      options: Object.fromEntries(
        command.flags.map((flag) => [flag.name, { type: flag.type, multiple: flag.multiple ?? false, ...(flag.short ? { short: flag.short } : {}) }]),
      ),
    });
  } catch (error) {
    return { kind: 'error', command, message: (error as Error).message.replace(/^.*?: /, '') };
  }
  if (parsed.values.help) return { kind: 'help', command };

  const flags: Record<string, unknown> = {};
  for (const flag of command.flags) {
    const raw = parsed.values[flag.name];
    if (raw === false && flag.type === 'boolean' && !flag.negatable && parsed.tokens?.some((token) => token.kind === 'option' && token.rawName === `--no-${flag.name}`)) {
      return { kind: 'error', command, message: `--no-${flag.name} is not an option.` };
    }
    const result = flag.schema.safeParse(raw);
    if (!result.success) {
      const problem = result.error.issues[0]?.message ?? 'invalid value';
      return { kind: 'error', command, message: raw === undefined ? `--${flag.name} is required.` : `--${flag.name}: ${problem}.` };
    }
    flags[camelCase(flag.name)] = result.data;
  }
  const positionals = parsed.positionals;
  const required = command.positionals.filter((positional) => positional.required);
  if (positionals.length < required.length) {
    return { kind: 'error', command, message: `Missing <${required[positionals.length]!.name}>. Usage: ${command.usage}` };
  }
  const variadic = command.positionals.some((positional) => positional.variadic);
  if (!variadic && positionals.length > command.positionals.length) {
    return { kind: 'error', command, message: `Unexpected argument "${positionals[command.positionals.length]}". Usage: ${command.usage}` };
  }
  return { kind: 'command', command, positionals, flags };
}

function camelCase(name: string): string {
  return name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}
