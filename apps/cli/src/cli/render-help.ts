import { commands as allCommands } from '../commands/index.ts';
import { commandFlags } from './command-flags.ts';
import type { Command } from './define-command.ts';
import { kebabCase, type FlagInfo } from './describe-flag.ts';

/** Help for the whole CLI or one command, generated from the same schemas the parser uses. */
export function renderHelp(command?: Command, commands: readonly Command[] = allCommands): string {
  if (!command) {
    const width = Math.max(...commands.map((spec) => spec.name.length));
    return [
      'tenets — turn free-text critiques of LLM and agent outputs into behaviour clusters, metrics and a constitution.',
      '',
      'Usage: tenets <command> [options]',
      '',
      'Commands:',
      ...commands.map((spec) => `  ${spec.name.padEnd(width)}  ${spec.summary}`),
      '',
      'Run `tenets <command> --help` for a command’s options. With no model configured, Tenets runs its offline engine.',
      '',
    ].join('\n');
  }
  const flags = commandFlags(command);
  const labels = flags.map(flagLabel);
  const width = Math.max(...labels.map((label) => label.length));
  const positionalWidth = Math.max(...command.positionals.map((spec) => positionalLabel(spec).length));
  return [
    command.summary,
    '',
    `Usage: ${commandUsage(command)}`,
    '',
    'Arguments:',
    ...command.positionals.map((spec) => `  ${positionalLabel(spec).padEnd(positionalWidth)}  ${spec.description}`),
    '',
    'Options:',
    ...flags.map((info, index) => `  ${labels[index]!.padEnd(width)}  ${flagDescription(info)}`),
    '',
    'Examples:',
    ...command.examples.map((example) => `  ${example}`),
    '',
  ].join('\n');
}

/** `tenets ingest <files…> --out <file> [options]`: positionals, then the required flags. */
export function commandUsage(command: Command): string {
  const required = commandFlags(command)
    .filter((info) => info.required)
    .map((info) => `--${info.name}${info.type === 'string' ? ` <${valueName(info)}>` : ''}`);
  return ['tenets', command.name, ...command.positionals.map((spec) => (spec.optional ? `[${positionalLabel(spec)}]` : positionalLabel(spec))), ...required, '[options]'].join(' ');
}

function positionalLabel(spec: Command['positionals'][number]): string {
  return `<${kebabCase(spec.name)}${spec.variadic ? '…' : ''}>`;
}

function flagLabel(info: FlagInfo): string {
  const value = info.type === 'string' ? ` <${valueName(info)}>` : '';
  return `${info.short ? `-${info.short}, ` : '    '}${info.negatable ? `--[no-]${info.name}` : `--${info.name}`}${value}`;
}

function valueName(info: FlagInfo): string {
  if (info.valueName) return info.valueName;
  if (info.value.kind === 'enum') return info.value.options.join('|');
  return info.value.kind === 'number' ? 'n' : 'value';
}

/** The schema's description, with `@default x` spelled "Default: x." and the zod default added when unstated. */
function flagDescription(info: FlagInfo): string {
  let text = info.description.replace(/\s*@default\s+(.+?)\s*$/, (_, value: string) => ` Default: ${value.replace(/^"(.*)"$/, '$1')}.`).trim();
  if (info.value.kind === 'enum' && !info.valueName?.includes('|') && !text.includes(info.value.options[0]!)) text += ` One of: ${info.value.options.join(', ')}.`;
  if (info.defaultValue !== undefined && !/default/i.test(text)) text += ` Default: ${String(info.defaultValue)}.`;
  if (info.env) text += ` (env ${info.env})`;
  if (info.multiple) text += ' (repeatable)';
  return text;
}
