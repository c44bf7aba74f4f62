import { mkdir, stat } from 'node:fs/promises';
import { TenetsArtefactError } from '@tenets/core';
import { artefacts } from './artefacts/index.ts';
import { migrateLegacyRun } from './migrate-legacy-run.ts';
import { readManifest } from './read-manifest.ts';
import { manifestFile, RunStore } from './run-store.ts';

export interface OpenRunOptions {
  /** Create the directory (and start an empty run) when it does not exist or holds no run. @default false */
  create?: boolean;
}

const tenetsRun = 'tenets run <files…> --out <run-dir>';

/**
 * Opens a run directory. Runs in today's layout without per-artefact lineage (manifest schema 1, or no
 * manifest) open through an in-memory migration; a manifest from a newer Tenets is refused. Never writes.
 */
export async function openRun(dir: string, options: OpenRunOptions = {}): Promise<RunStore> {
  const isDirectory = await stat(dir).then((stats) => stats.isDirectory(), () => undefined);
  if (isDirectory === false) {
    throw new TenetsArtefactError({ file: dir, problem: 'not-a-run', message: 'not a directory', hint: 'A run is a directory: pass a new or existing directory as --out, or remove the file.' });
  }
  if (isDirectory === undefined) {
    if (!options.create) throw new TenetsArtefactError({ file: dir, problem: 'not-a-run', message: `no such run directory (\`${tenetsRun}\` creates one)` });
    await mkdir(dir, { recursive: true });
  }
  const manifest = await readManifest(dir);
  if (manifest) return new RunStore(dir, manifest.manifest);
  const migrated = migrateLegacyRun(dir, undefined);
  if (Object.keys(migrated.artefacts).length === 0 && !options.create) {
    throw new TenetsArtefactError({ file: dir, problem: 'not-a-run', message: `not a Tenets run (no ${manifestFile} and none of ${Object.values(artefacts).map((definition) => definition.file).slice(0, 3).join(', ')} …; \`${tenetsRun}\` creates one)` });
  }
  return new RunStore(dir, migrated);
}
