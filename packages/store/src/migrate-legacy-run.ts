import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArtefactRecord, LegacyManifest, Manifest } from '@tenets/core';
import { safeParseJsonText } from '@tenets/formats';
import { artefacts, type ArtefactName } from './artefacts/index.ts';
import { tenetsVersion } from './tool-version.ts';

/** The command recorded for artefacts of a run written before the store kept lineage. */
export const legacyCommand = 'tenets (before the run store)';

/**
 * The manifest of a run in today's layout without per-artefact entries (manifest schema 1, or no manifest):
 * every registry file present is taken at schema version 1 with the registry's default lineage. A
 * `metrics.json` that holds an induced metric set (the old `tenets metrics` overwrote the per-cluster file)
 * becomes the `metric-set` artefact. Nothing is written; the first `write` persists the migrated manifest.
 */
export function migrateLegacyRun(dir: string, legacy: LegacyManifest | undefined): Manifest {
  const records: Record<string, ArtefactRecord> = {};
  const metricsHoldsMetricSet = holdsMetricSet(join(dir, artefacts.metrics.file));
  for (const name of Object.keys(artefacts).sort() as ArtefactName[]) {
    const definition = artefacts[name];
    if (!existsSync(join(dir, definition.file))) continue;
    if (name === 'metrics' && metricsHoldsMetricSet) continue;
    records[name] = legacyRecord(definition.file, definition.schemaVersion, definition.derivedFrom);
  }
  if (metricsHoldsMetricSet && !records['metric-set']) {
    records['metric-set'] = legacyRecord(artefacts.metrics.file, artefacts['metric-set'].schemaVersion, artefacts['metric-set'].derivedFrom);
    // What was judged and exported then was the metric set that sat in metrics.json.
    for (const name of ['judgements', 'promptfoo-export', 'rubrics-export']) {
      if (records[name]) records[name] = { ...records[name], derivedFrom: ['metric-set'] };
    }
  }
  const sorted = Object.fromEntries(Object.entries(records).sort(([left], [right]) => left.localeCompare(right)));
  if (!legacy) return { schemaVersion: 2, tool: { name: 'tenets', version: tenetsVersion }, artefacts: sorted };
  const { schemaVersion: _schemaVersion, tool, ...run } = legacy;
  return { schemaVersion: 2, tool, run, artefacts: sorted };
}

function legacyRecord(file: string, schemaVersion: number, derivedFrom: readonly string[]): ArtefactRecord {
  return { file, schemaVersion, command: legacyCommand, options: {}, derivedFrom: [...derivedFrom] };
}

function holdsMetricSet(path: string): boolean {
  if (!existsSync(path)) return false;
  const json = safeParseJsonText(readFileSync(path, 'utf8'));
  return json.success && typeof json.value === 'object' && json.value !== null && 'assignment' in json.value;
}
