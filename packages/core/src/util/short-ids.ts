/**
 * Short prompt ids (`m1`, `m2`, … by list position) for long content ids, and the way back. Prompts refer to
 * metrics and aspects by these, and replies are constrained to them.
 */
export function shortIds(ids: readonly string[], prefix: string): { toShort: Map<string, string>; toLong: Map<string, string> } {
  const toShort = new Map<string, string>();
  const toLong = new Map<string, string>();
  ids.forEach((id, index) => {
    const short = `${prefix}${index + 1}`;
    toShort.set(id, short);
    toLong.set(short, id);
  });
  return { toShort, toLong };
}
