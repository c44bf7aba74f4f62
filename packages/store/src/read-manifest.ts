import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { legacyManifestSchema, manifestSchema, manifestSchemaVersion, TenetsArtefactError, type Manifest } from '@tenets/core';
import { safeParseJsonText } from '@tenets/formats';
import { describeSchemaIssue } from './describe-schema-issue.ts';
import { migrateLegacyRun } from './migrate-legacy-run.ts';
import { tenetsVersion } from './tool-version.ts';

const manifestFile = 'manifest.json';
const tenetsRun = 'tenets run <files…> --out <run-dir>';

/** The run's manifest: schema 2 as is, schema 1 migrated in memory (`migrated`), undefined when there is none. */
export async function readManifest(dir: string): Promise<{ manifest: Manifest; migrated: boolean } | undefined> {
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
    return { manifest: migrateLegacyRun(dir, legacy.data), migrated: true };
  }
  const parsed = manifestSchema.safeParse(json.value);
  if (!parsed.success) throw new TenetsArtefactError({ file, problem: 'invalid', message: `not a valid manifest: ${describeSchemaIssue(parsed.error)}`, command: tenetsRun });
  return { manifest: parsed.data, migrated: false };
}
