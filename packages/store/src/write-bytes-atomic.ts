import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { WrittenFile } from '@tenets/formats';

/** Writes bytes to a temporary sibling, syncs and renames it over `path`; a failure leaves `path` untouched. */
export async function writeBytesAtomic(path: string, bytes: Uint8Array): Promise<WrittenFile> {
  await mkdir(dirname(path), { recursive: true });
  const temporaryPath = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temporaryPath, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temporaryPath, { force: true });
    throw error;
  }
  await handle.close();
  await rename(temporaryPath, path).catch(async (error: unknown) => {
    await rm(temporaryPath, { force: true });
    throw error;
  });
  return { path, bytes: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') };
}
