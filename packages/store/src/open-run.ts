import { mkdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { legacyManifestSchema, manifestSchema, manifestSchemaVersion, TenetsArtefactError, type Manifest } from '@tenets/core';
import { safeParseJsonText } from '@tenets/formats';
import { artefacts } from './artefacts/index.ts';
import { describeSchemaIssue } from './describe-schema-issue.ts';
import { migrateLegacyRun } from './migrate-legacy-run.ts';
import { manifestFile, RunStore } from './run-store.ts';
import { tenetsVersion } from './tool-version.ts';

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
  if (isDirectory === false) throw new TenetsArtefactError({ file: dir, problem: 'not-a-run', message: 'not a directory' });
  if (isDirectory === undefined) {
    if (!options.create) throw new TenetsArtefactError({ file: dir, problem: 'not-a-run', message: `no such run directory (\`${tenetsRun}\` creates one)` });
    await mkdir(dir, { recursive: true });
  }
  const manifest = await readManifest(dir);
  if (manifest) return new RunStore(dir, manifest);
  const migrated = migrateLegacyRun(dir, undefined);
  if (Object.keys(migrated.artefacts).length === 0 && !options.create) {
    throw new TenetsArtefactError({ file: dir, problem: 'not-a-run', message: `not a Tenets run (no ${manifestFile} and none of ${Object.values(artefacts).map((definition) => definition.file).slice(0, 3).join(', ')} …; \`${tenetsRun}\` creates one)` });
  }
  return new RunStore(dir, migrated);
}

async function readManifest(dir: string): Promise<Manifest | undefined> {
  const file = join(dir, manifestFile);
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw new TenetsArtefactError({ file, problem: 'invalid', message: `cannot read the manifest (${error.code ?? error.message})`, cause: error });
  });
  if (text === undefined) return undefined;
  const json = safeParseJsonText(text);
  if (!json.success) throw new TenetsArtefactError({ file, problem: 'invalid', message: `not valid JSON (${json.error.message})`, command: tenetsRun });
  const version = (json.value as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > manifestSchemaVersion) {
    throw new TenetsArtefactError({ file, problem: 'newer-schema', message: `manifest schema version ${version} was written by a newer Tenets; this one (${tenetsVersion}) reads up to version ${manifestSchemaVersion}`, hint: 'Upgrade Tenets to open this run.' });
  }
  if (version === 1) {
    const legacy = legacyManifestSchema.safeParse(json.value);
    if (!legacy.success) throw new TenetsArtefactError({ file, problem: 'invalid', message: `not a valid schema-1 manifest: ${describeSchemaIssue(legacy.error)}`, command: tenetsRun });
    return migrateLegacyRun(dir, legacy.data);
  }
  const parsed = manifestSchema.safeParse(json.value);
  if (!parsed.success) throw new TenetsArtefactError({ file, problem: 'invalid', message: `not a valid manifest: ${describeSchemaIssue(parsed.error)}`, command: tenetsRun });
  return parsed.data;
}
