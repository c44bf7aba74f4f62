import { withAtomicFile } from './atomic-file.ts';
import { prepareText, type ArtefactWriteOptions, type WrittenArtefact } from './write-text-atomic.ts';

/** Writes one JSON value per line, atomically; if the iterable throws, no file appears. Returns counts. */
export async function writeJsonlAtomic(
  path: string,
  records: Iterable<unknown> | AsyncIterable<unknown>,
  options: ArtefactWriteOptions = {},
): Promise<WrittenArtefact & { records: number }> {
  const redact = options.redact ?? true;
  let redactions = 0;
  let count = 0;
  const written = await withAtomicFile(path, async (file) => {
    for await (const record of records) {
      const prepared = prepareText(JSON.stringify(record), redact);
      redactions += prepared.redactions;
      count += 1;
      await file.write(`${prepared.text}\n`);
    }
  });
  return { ...written, redactions, records: count };
}
