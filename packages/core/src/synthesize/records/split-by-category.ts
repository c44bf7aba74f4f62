import { seededRandom } from '../../util/seeded-random.ts';

export interface SplitByCategoryOptions<ITEM> {
  items: readonly ITEM[];
  /** Items are stratified by this key (principle, scope and category). */
  groupOf: (item: ITEM) => string;
  idOf: (item: ITEM) => string;
  /** @default 0.2 */
  testFraction?: number;
  /** @default 42 */
  seed?: number;
}

/**
 * A seeded train/test split stratified by group: inside each group (sorted by id, so the result does not
 * depend on input order) round(n × testFraction) items go to test, chosen by a seeded shuffle. Groups of one
 * item stay in train. Returns the ids of the test items.
 */
export function splitByCategory<ITEM>(options: SplitByCategoryOptions<ITEM>): Set<string> {
  const { items, groupOf, idOf, testFraction = 0.2, seed = 42 } = options;
  const groups = new Map<string, string[]>();
  for (const item of items) {
    const key = groupOf(item);
    groups.set(key, [...(groups.get(key) ?? []), idOf(item)]);
  }
  const test = new Set<string>();
  for (const key of [...groups.keys()].sort()) {
    const ids = groups.get(key)!.sort();
    if (ids.length < 2) continue;
    const random = seededRandom(seed ^ hashKey(key));
    for (let index = ids.length - 1; index > 0; index--) {
      const swap = Math.floor(random() * (index + 1));
      [ids[index], ids[swap]] = [ids[swap]!, ids[index]!];
    }
    const count = Math.round(ids.length * testFraction);
    for (const id of ids.slice(0, count)) test.add(id);
  }
  return test;
}

/** FNV-1a over the group key: every group gets its own stream from the one seed. */
function hashKey(key: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index++) {
    hash ^= key.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
