import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands } from './commands/index.ts';

const cliRoot = resolve(import.meta.dirname, '..');

/** The bare packages `tenets <argv>` resolves, run from source with Node's own type stripping. */
function packagesLoadedBy(argv: string[]): string[] {
  const { stderr, status } = spawnSync(process.execPath, ['--conditions=@tenets/source', '--import', join(cliRoot, 'src/__fixtures__/record-packages.mjs'), join(cliRoot, 'src/bin.ts'), ...argv], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  const recorded = /PACKAGES (.*)/.exec(stderr)?.[1];
  if (status !== 0 || recorded === undefined) throw new Error(`tenets ${argv.join(' ')} exited ${status}: ${stderr}`);
  return JSON.parse(recorded) as string[];
}

// Help and version must stay fast: the pipeline, the model layer, the AI SDK and ink load only inside run().
// A command file that imports them at the top fails here.
describe('what a start loads', () => {
  it('--version loads only the version', () => {
    expect(packagesLoadedBy(['--version'])).toEqual(['@tenets/runner/version', '@tenets/store/version']);
  });

  it('--help and every command’s --help load zod and the settings schema, nothing heavy', () => {
    expect(packagesLoadedBy(['--help'])).toEqual(['@tenets/core/errors', '@tenets/models/settings', 'zod']);
    const allowed = new Set(['zod', '@tenets/models/settings', '@tenets/core/errors']);
    for (const command of commands) {
      expect(packagesLoadedBy([command.name, '--help']).filter((name) => !allowed.has(name)), `tenets ${command.name} --help`).toEqual([]);
    }
  });
});
