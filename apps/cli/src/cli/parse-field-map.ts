/** `['critique=comment', 'context.prompt=input']` → `{ critique: 'comment', 'context.prompt': 'input' }`. */
export function parseFieldMap(entries: readonly string[] | undefined): Record<string, string> {
  const map: Record<string, string> = {};
  for (const entry of entries ?? []) {
    const separator = entry.indexOf('=');
    map[entry.slice(0, separator).trim()] = entry.slice(separator + 1).trim();
  }
  return map;
}
