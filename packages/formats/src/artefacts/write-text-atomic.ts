import { countSecrets, redactSecrets } from '../secrets/redact-secrets.ts';
import { withAtomicFile, type WrittenFile } from './atomic-file.ts';

export interface ArtefactWriteOptions {
  /** Replace substrings that look like API keys with `[REDACTED:<kind>]`. @default true */
  redact?: boolean;
}

/** What an artefact writer wrote, and how many secret-like substrings it redacted. */
export interface WrittenArtefact extends WrittenFile {
  redactions: number;
}

export function prepareText(text: string, redact: boolean): { text: string; redactions: number } {
  if (!redact) return { text, redactions: 0 };
  const redactions = countSecrets(text);
  return { text: redactions > 0 ? redactSecrets(text) : text, redactions };
}

/** Writes a text artefact atomically (temp file + rename). */
export async function writeTextAtomic(path: string, text: string, options: ArtefactWriteOptions = {}): Promise<WrittenArtefact> {
  const prepared = prepareText(text, options.redact ?? true);
  const written = await withAtomicFile(path, (file) => file.write(prepared.text));
  return { ...written, redactions: prepared.redactions };
}
