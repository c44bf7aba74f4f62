import { expect, it } from 'vitest';
import { splitByCategory } from './split-by-category.ts';

const items = ['a', 'b', 'c'].flatMap((category) => Array.from({ length: 10 }, (_, index) => ({ id: `${category}${index}`, category })));
const split = (input: typeof items, seed = 42) => [...splitByCategory({ items: input, groupOf: (item) => item.category, idOf: (item) => item.id, testFraction: 0.2, seed })].sort();

it('holds out the same share of every category, seeded and independent of input order', () => {
  const test = split(items);
  expect(test).toHaveLength(6);
  for (const category of ['a', 'b', 'c']) expect(test.filter((id) => id.startsWith(category))).toHaveLength(2);
  expect(split([...items].reverse())).toEqual(test);
  expect(split(items, 7)).not.toEqual(test);
  expect(split([{ id: 'solo', category: 'z' }])).toEqual([]);
});
