import { commandSpecs, type CommandSpec } from './commands.ts';

/** Help text for the whole CLI or one command, generated from the same tables the parser uses. */
export function renderHelp(command?: CommandSpec): string {
  if (!command) {
    const width = Math.max(...commandSpecs.map((spec) => spec.name.length));
    return [
      'tenets — turn free-text critiques of LLM and agent outputs into behaviour clusters, metrics and a constitution.',
      '',
      'Usage: tenets <command> [options]',
      '',
      'Commands:',
      ...commandSpecs.map((spec) => `  ${spec.name.padEnd(width)}  ${spec.summary}`),
      '',
      'Run `tenets <command> --help` for a command’s options. With no model configured, Tenets runs its offline engine.',
      '',
    ].join('\n');
  }
  const flagLabels = command.flags.map((flag) => {
    const value = flag.type === 'string' ? ` <${flag.valueName ?? 'value'}>` : '';
    const name = flag.negatable ? `--[no-]${flag.name}` : `--${flag.name}`;
    return `${flag.short ? `-${flag.short}, ` : '    '}${name}${value}`;
  });
  const width = Math.max(...flagLabels.map((label) => label.length));
  return [
    command.summary,
    '',
    `Usage: ${command.usage}`,
    '',
    'Arguments:',
    ...command.positionals.map((positional) => `  <${positional.name}${positional.variadic ? '…' : ''}>  ${positional.description}`),
    '',
    'Options:',
    ...command.flags.map((flag, index) => `  ${flagLabels[index]!.padEnd(width)}  ${flag.description}${flag.multiple ? ' (repeatable)' : ''}`),
    '',
    'Examples:',
    ...command.examples.map((example) => `  ${example}`),
    '',
  ].join('\n');
}
