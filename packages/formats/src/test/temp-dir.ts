import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A real temporary directory for a test; `remove()` deletes it. */
export interface TempDir {
  path: string;
  /** Writes a file in the directory and returns its path. */
  write(name: string, content: string | Uint8Array): Promise<string>;
  join(name: string): string;
  remove(): Promise<void>;
}

export async function createTempDir(prefix = 'tenets-formats-'): Promise<TempDir> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  return {
    path,
    async write(name, content) {
      const file = join(path, name);
      await writeFile(file, content);
      return file;
    },
    join: (name) => join(path, name),
    remove: () => rm(path, { recursive: true, force: true }),
  };
}
