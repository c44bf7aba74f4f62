import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { reviewDecisionSchema, reviewSchemaVersion, runRecordSchema, TenetsArtefactError, type ArtefactRecord, type Manifest, type Review, type ReviewDecision, type RunRecord } from '@tenets/core';
import { hashFile, writeJsonAtomic } from '@tenets/formats';
import type { ArtefactDefinition } from './artefact-definition.ts';
import type { ArtefactValue } from './artefact-value.ts';
import { artefacts, type ArtefactName } from './artefacts/index.ts';
import { describeSchemaIssue } from './describe-schema-issue.ts';
import { findDownstream } from './find-downstream.ts';
import { readManifest } from './read-manifest.ts';
import { readArtefactFile } from './read-artefact-file.ts';
import { writeArtefactFile } from './write-artefact-file.ts';

/** Who wrote an artefact and from what; recorded in `manifest.artefacts[name]`. */
export interface ArtefactLineage {
  /** The command, e.g. `tenets run`, `tenets metrics`. */
  command: string;
  /** Its options (flags as given, minus secrets). @default {} */
  options?: Record<string, unknown>;
  /** The artefacts it was computed from. @default [] */
  derivedFrom?: readonly ArtefactName[];
}

export type SafeReadResult<VALUE> = { success: true; value: VALUE } | { success: false; error: TenetsArtefactError };

export const manifestFile = 'manifest.json';

/**
 * A run directory: typed, validated reads and atomic writes of the registry's artefacts, with lineage and
 * staleness kept in `manifest.json`. Get one with `openRun(dir)`.
 */
export class RunStore {
  private current: Manifest;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly dir: string,
    manifest: Manifest,
  ) {
    this.current = manifest;
  }

  /** The manifest as it stands (after a migration of an old run: as it will be written on the first write). */
  get manifest(): Manifest {
    return structuredClone(this.current);
  }

  /** Re-reads manifest.json, e.g. after another command wrote to the same run (writes always start from it). */
  async reload(): Promise<void> {
    await this.serial(async () => undefined);
  }

  /** True when the artefact is recorded and not stale. */
  has(name: ArtefactName): boolean {
    const record = this.current.artefacts[name];
    return record !== undefined && record.stale === undefined;
  }

  /** The artefact's path, for display or external tools (reading and writing go through the store). */
  path(name: ArtefactName): string {
    return join(this.dir, this.current.artefacts[name]?.file ?? artefacts[name].file);
  }

  /** Reads and validates an artefact; throws `TenetsArtefactError` (missing, stale, other schema, invalid). */
  async read<NAME extends ArtefactName>(name: NAME): Promise<ArtefactValue<NAME>> {
    const definition: ArtefactDefinition = artefacts[name];
    const record = this.current.artefacts[name];
    const file = record?.file ?? definition.file;
    const error = (problem: TenetsArtefactError['problem'], message: string) => new TenetsArtefactError({ file, artefact: name, problem, command: definition.producedBy, message });
    if (!record) throw error('missing', `the run has no ${name} artefact`);
    if (record.stale) throw error('stale', `stale: ${record.stale.upstream} was rewritten by \`${record.stale.command}\` after it was written, so it was removed`);
    if (record.schemaVersion > definition.schemaVersion) {
      throw new TenetsArtefactError({ file, artefact: name, problem: 'newer-schema', message: `written with ${name} schema version ${record.schemaVersion} by a newer Tenets; this one reads version ${definition.schemaVersion}`, hint: 'Upgrade Tenets, or regenerate the artefact with this version.', command: definition.producedBy });
    }
    if (record.schemaVersion < definition.schemaVersion) throw error('older-schema', `written with ${name} schema version ${record.schemaVersion}; this Tenets reads version ${definition.schemaVersion}`);
    return (await readArtefactFile(join(this.dir, file), name, file, definition)) as ArtefactValue<NAME>;
  }

  /** `read` that returns `{ success: false, error }` for an artefact problem instead of throwing. */
  async safeRead<NAME extends ArtefactName>(name: NAME): Promise<SafeReadResult<ArtefactValue<NAME>>> {
    try {
      return { success: true, value: await this.read(name) };
    } catch (error) {
      if (error instanceof TenetsArtefactError || TenetsArtefactError.isInstance(error)) return { success: false, error };
      throw error;
    }
  }

  /**
   * Validates and writes an artefact atomically, records its lineage, and removes (marking them stale in the
   * manifest) every artefact derived from it when its content changed.
   */
  async write<NAME extends ArtefactName>(name: NAME, value: ArtefactValue<NAME>, lineage: ArtefactLineage): Promise<{ path: string; sha256: string; bytes: number; stale: string[] }> {
    return this.serial(async () => {
      const definition: ArtefactDefinition = artefacts[name];
      await this.relocateSharers(name);
      const written = await writeArtefactFile(join(this.dir, definition.file), name, definition, value);
      const stale = await this.record(name, written.sha256, lineage);
      return { path: written.path, sha256: written.sha256, bytes: written.bytes, stale };
    });
  }

  /**
   * For artefacts a streaming writer produces itself (e.g. ingest writes feedback and rejects together):
   * `produce` gets the paths, writes them atomically, and the store then records lineage and staleness.
   */
  async writeWith<NAME extends ArtefactName, RESULT>(lineage: Partial<Record<NAME, ArtefactLineage>>, produce: (paths: Record<NAME, string>) => Promise<RESULT>): Promise<RESULT> {
    return this.serial(async () => {
      const names = Object.keys(lineage) as NAME[];
      for (const name of names) await this.relocateSharers(name);
      const paths = Object.fromEntries(names.map((name) => [name, join(this.dir, artefacts[name].file)])) as Record<NAME, string>;
      const result = await produce(paths);
      for (const name of names) await this.record(name, (await hashFile(paths[name])).sha256, lineage[name]!);
      return result;
    });
  }

  /** The review decisions so far (an empty review when there is none yet). */
  async readReview(): Promise<Review> {
    return this.has('review') ? this.read('review') : { schemaVersion: reviewSchemaVersion, decisions: [] };
  }

  /**
   * Appends one review decision and rewrites review.json atomically. Artefacts rendered with the review
   * applied (e.g. constitution.md after `tenets export`) become stale; the decision is validated first.
   */
  async appendDecision(decision: ReviewDecision, options: { command?: string } = {}): Promise<Review> {
    const parsed = reviewDecisionSchema.safeParse(decision);
    if (!parsed.success) throw new TenetsArtefactError({ file: artefacts.review.file, artefact: 'review', problem: 'invalid', message: `refusing to append an invalid decision: ${describeSchemaIssue(parsed.error)}` });
    const review = await this.readReview();
    const next: Review = { ...review, decisions: [...review.decisions, decision] };
    await this.write('review', next, { command: options.command ?? 'tenets review' });
    return next;
  }

  /** Records what `tenets run` knows about the run as a whole (`manifest.run`). */
  async writeRunRecord(run: RunRecord): Promise<void> {
    const parsed = runRecordSchema.safeParse(run);
    if (!parsed.success) throw new TenetsArtefactError({ file: manifestFile, problem: 'invalid', message: `refusing to write a run record that does not match its schema: ${describeSchemaIssue(parsed.error)}` });
    await this.serial(async () => {
      this.current = { ...this.current, run };
      await this.persist();
    });
  }

  /**
   * An old run may hold another artefact in the file `name` is about to be written to (the metric set of the
   * old `tenets metrics` in metrics.json): move it to its own registry file first so nothing is lost.
   */
  private async relocateSharers(name: ArtefactName): Promise<void> {
    const target = artefacts[name].file;
    for (const [other, record] of Object.entries(this.current.artefacts)) {
      const own = artefacts[other as ArtefactName]?.file;
      if (other === name || record.file !== target || own === undefined || own === target) continue;
      if (!record.stale) await rename(join(this.dir, record.file), join(this.dir, own));
      this.current = { ...this.current, artefacts: { ...this.current.artefacts, [other]: { ...record, file: own } } };
      await this.persist();
    }
  }

  private async record(name: ArtefactName, sha256: string, lineage: ArtefactLineage): Promise<string[]> {
    const definition = artefacts[name];
    const records = { ...this.current.artefacts };
    const previous = records[name];
    const rewritten: string[] = [name];
    // Another artefact recorded in the same file (an old run's metric set in metrics.json) was overwritten.
    for (const [other, record] of Object.entries(records)) {
      if (other !== name && record.file === definition.file) {
        delete records[other];
        rewritten.push(other);
      }
    }
    const stillUsed = (file: string) => Object.entries(records).some(([other, record]) => other !== name && record.file === file);
    if (previous && previous.file !== definition.file && !stillUsed(previous.file)) await rm(join(this.dir, previous.file), { force: true });
    const unchanged = previous !== undefined && previous.stale === undefined && previous.sha256 === sha256 && rewritten.length === 1;
    const stale = unchanged ? [] : findDownstream(records, rewritten).filter((other) => !records[other]!.stale);
    for (const other of stale) {
      await rm(join(this.dir, records[other]!.file), { force: true });
      records[other] = { ...records[other]!, stale: { upstream: name, command: lineage.command } };
    }
    const entry: ArtefactRecord = { file: definition.file, schemaVersion: definition.schemaVersion, command: lineage.command, options: lineage.options ?? {}, derivedFrom: [...(lineage.derivedFrom ?? [])], sha256 };
    records[name] = entry;
    this.current = { ...this.current, artefacts: Object.fromEntries(Object.entries(records).sort(([left], [right]) => left.localeCompare(right))) };
    await this.persist();
    return stale;
  }

  private async persist(): Promise<void> {
    await writeJsonAtomic(join(this.dir, manifestFile), this.current);
  }

  /**
   * Writes are serialised so concurrent calls cannot lose each other's manifest entries, and each starts from
   * the manifest on disk, so another store on the same directory (another command, the review screen) is seen.
   */
  private serial<RESULT>(work: () => Promise<RESULT>): Promise<RESULT> {
    const refreshed = async () => {
      const onDisk = await readManifest(this.dir);
      if (onDisk && !onDisk.migrated) this.current = onDisk.manifest;
      return work();
    };
    const next = this.queue.then(refreshed, refreshed);
    this.queue = next.catch(() => undefined);
    return next;
  }
}
