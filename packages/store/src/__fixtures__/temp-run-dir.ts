import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A real temporary directory for a test; `remove()` deletes it. */
export async function createTempDir(prefix = 'tenets-store-'): Promise<{ path: string; join: (name: string) => string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  return { path, join: (name) => join(path, name), remove: () => rm(path, { recursive: true, force: true }) };
}
