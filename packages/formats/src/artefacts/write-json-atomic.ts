import { writeTextAtomic, type ArtefactWriteOptions, type WrittenArtefact } from './write-text-atomic.ts';

/**
 * Writes a JSON artefact atomically: keys in the order given (no sorting), 2-space indent, trailing newline,
 * so the same value always gives the same bytes.
 */
export function writeJsonAtomic(path: string, value: unknown, options: ArtefactWriteOptions = {}): Promise<WrittenArtefact> {
  return writeTextAtomic(path, `${JSON.stringify(value, null, 2)}\n`, options);
}
