const fatalDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lossyDecoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** Decodes UTF-8 strictly with a fatal decoder; `undefined` when the bytes are not valid UTF-8. */
export function decodeUtf8Strict(bytes: Uint8Array): string | undefined {
  try {
    return fatalDecoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Same result as `decodeUtf8Strict` for a Buffer, faster on the common valid case: the lenient decoder only
 * produces U+FFFD for invalid bytes (or a literal U+FFFD), so the fatal decoder runs only when one appears.
 */
export function decodeUtf8Checked(bytes: Buffer): string | undefined {
  const text = bytes.toString('utf8');
  if (!text.includes('\uFFFD')) return text;
  return decodeUtf8Strict(bytes);
}

/** Decodes UTF-8, replacing invalid sequences with U+FFFD (used only to describe a bad row). */
export function decodeUtf8Lossy(bytes: Uint8Array): string {
  return lossyDecoder.decode(bytes);
}
