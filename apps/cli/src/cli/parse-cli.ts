import { parseArgs } from 'node:util';
import { z } from 'zod';
import { commands as allCommands } from '../commands/index.ts';
import { closestName } from './closest-name.ts';
import { commandFlags } from './command-flags.ts';
import type { Command } from './define-command.ts';
import { kebabCase, type FlagInfo } from './describe-flag.ts';
import { commandUsage } from './render-help.ts';

export type ParsedCli =
  | { kind: 'help'; command?: Command }
  | { kind: 'version' }
  | { kind: 'command'; command: Command; positionals: Record<string, string | string[] | undefined>; flags: Record<string, unknown> }
  | { kind: 'error'; message: string; command?: Command };

/** Pure: argv (without node and script) → what to do. Validation errors come back, never throw. */
export function parseCli(argv: readonly string[], commands: readonly Command[] = allCommands): ParsedCli {
  const [first, ...rest] = argv;
  const find = (name: string) => commands.find((command) => command.name === name);
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    return { kind: 'help', command: first === 'help' && rest[0] ? find(rest[0]) : undefined };
  }
  if (first === '--version' || first === '-v') return { kind: 'version' };
  const command = find(first);
  if (!command) {
    const suggestion = closestName(first, commands.map((candidate) => candidate.name));
    return { kind: 'error', message: `Unknown command "${first}".${suggestion ? ` Did you mean \`tenets ${suggestion}\`?` : ''} Run \`tenets --help\` for the list.` };
  }
  const flags = commandFlags(command);
  const fail = (message: string): ParsedCli => ({ kind: 'error', command, message });

  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...rest],
      allowPositionals: true,
      allowNegative: true,
      strict: true,
      tokens: true,
      options: Object.fromEntries(flags.map((info) => [info.name, { type: info.type, multiple: info.multiple, ...(info.short ? { short: info.short } : {}) }])),
    });
  } catch (error) {
    return fail(describeParseArgsError(error as Error & { code?: string }, flags));
  }
  if (parsed.values.help) return { kind: 'help', command };

  const raw: Record<string, unknown> = {};
  for (const info of flags) {
    const value = parsed.values[info.name];
    const negated = parsed.tokens?.some((token) => token.kind === 'option' && token.rawName === `--no-${info.name}`);
    if (value === false && !info.negatable && negated) {
      return fail(`--no-${info.name} is not an option.`);
    }
    if (value === undefined) continue;
    const converted = convert(info, value as RawValue | RawValue[]);
    if ('problem' in converted) return fail(converted.problem);
    raw[info.key] = converted.value;
  }
  const result = command.flags.safeParse(raw);
  if (!result.success) return fail(describeIssue(result.error.issues[0], flags, parsed.values));

  const positionals: Record<string, string | string[] | undefined> = {};
  const given = [...parsed.positionals];
  for (const spec of command.positionals) {
    if (spec.variadic) {
      if (given.length === 0 && !spec.optional) return fail(`Missing <${kebabCase(spec.name)}>. Usage: ${commandUsage(command)}`);
      positionals[spec.name] = given.splice(0);
    } else {
      const value = given.shift();
      if (value === undefined && !spec.optional) return fail(`Missing <${kebabCase(spec.name)}>. Usage: ${commandUsage(command)}`);
      positionals[spec.name] = value;
    }
  }
  if (given.length > 0) return fail(`Unexpected argument "${given[0]}". Usage: ${commandUsage(command)}`);
  return { kind: 'command', command, positionals, flags: result.data as Record<string, unknown> };
}

type RawValue = string | boolean;

/** Raw text → the type the schema wants, so `--seed abc` fails as "expects an integer", not "received NaN". */
function convert(info: FlagInfo, value: RawValue | RawValue[]): { value: unknown } | { problem: string } {
  if (Array.isArray(value)) {
    const items = value.map((item) => convert(info, item));
    const failed = items.find((item) => 'problem' in item);
    return failed ?? { value: items.map((item) => ('value' in item ? item.value : undefined)) };
  }
  if (info.value.kind !== 'number' || typeof value !== 'string') return { value };
  const number = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(value.trim()) ? Number(value) : Number.NaN;
  if (!Number.isFinite(number) || (info.value.integer && !Number.isSafeInteger(number))) return { problem: `--${info.name} expects ${info.value.expected}, got "${value}".` };
  return { value: number };
}

function describeIssue(issue: z.core.$ZodIssue | undefined, flags: readonly FlagInfo[], values: Record<string, unknown>): string {
  const info = flags.find((candidate) => candidate.key === issue?.path[0]);
  if (!info) return issue?.message ?? 'Invalid flags.';
  const given = values[info.name];
  if (given === undefined) return `--${info.name} is required.`;
  const shown = Array.isArray(given) ? given[typeof issue?.path[1] === 'number' ? issue.path[1] : 0] : given;
  if (info.value.kind === 'number') return `--${info.name} expects ${info.value.expected}, got "${String(shown)}".`;
  if (info.value.kind === 'enum') return `--${info.name} expects one of ${info.value.options.join(', ')}, got "${String(shown)}".`;
  return `--${info.name}: ${issue?.message ?? 'invalid value'}.`;
}

function describeParseArgsError(error: Error & { code?: string }, flags: readonly FlagInfo[]): string {
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = /'(-{1,2}[^']+)'/.exec(error.message)?.[1] ?? error.message;
    const bare = option.replace(/^-+/, '').replace(/=.*$/, '');
    const names = flags.flatMap((info) => (info.negatable ? [info.name, `no-${info.name}`] : [info.name]));
    const suggestion = closestName(bare, names);
    return `Unknown flag ${option}.${suggestion ? ` Did you mean --${suggestion}?` : ''}`;
  }
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const option = /'(--?[\w-]+)/.exec(error.message)?.[1];
    const info = flags.find((candidate) => `--${candidate.name}` === option || `-${candidate.short}` === option);
    if (info && /argument missing|ambiguous/.test(error.message)) {
      return `--${info.name} needs a value${info.valueName ? ` <${info.valueName}>` : ''}; to pass one that starts with "-", write --${info.name}=<value>.`;
    }
    if (info && info.type === 'boolean') return `--${info.name} takes no value.`;
  }
  return error.message.split('\n')[0]!;
}
