import type { Preference } from '../../schemas/preference.ts';

const stories = {
  cat: ['A cat named Tom knocked the vase over and purred.', 'My cat sat on the keyboard and sent an email.', 'The cat chased a laser dot into the fridge.', 'A sleepy cat stole the warm laundry.', 'Our cat learned to open doors at night.', 'The cat judged my cooking from the shelf.'],
  dog: ['A dog named Rex ate the homework twice.', 'My dog barked at the vacuum for an hour.', 'The dog dug up the neighbour garden.', 'A loud dog howled with the radio.', 'Our dog chased its tail in the rain.', 'The dog hid the slippers under the bed.'],
  blue: ['Pick the blue shirt, it suits you.', 'Go with blue for a calm look.', 'The blue one pairs with jeans.', 'Choose blue, it is classic.', 'Blue works for the office too.', 'I would take the blue shirt.'],
  green: ['Pick the green shirt, it is fresh.', 'Go with green for a bold look.', 'The green one pairs with khaki.', 'Choose green, it is lively.', 'Green works for a picnic.', 'I would take the green shirt.'],
};

/**
 * Twenty-four pairs with two planted preferences (cat over dog, blue over green), the preferred side
 * alternating between a and b, plus one tie and one both-bad pair.
 */
export function plantedPairs(): Preference[] {
  const pairs: Preference[] = [];
  for (let index = 0; index < 12; index++) {
    const [good, bad, prompt] = index < 6 ? [stories.cat[index]!, stories.dog[index]!, 'Write a pet story.'] : [stories.blue[index - 6]!, stories.green[index - 6]!, 'Blue or green shirt?'];
    const preferredA = index % 2 === 0;
    pairs.push({ id: `pair-${String(index).padStart(2, '0')}`, prompt, textA: preferredA ? good : bad, textB: preferredA ? bad : good, preferred: preferredA ? 'a' : 'b', metadata: { block: index < 6 ? 'pets' : 'shirts' } });
    const copy = (index + 5) % 6;
    const [good2, bad2] = index < 6 ? [stories.cat[copy]!, stories.dog[(copy + 1) % 6]!] : [stories.blue[copy]!, stories.green[(copy + 1) % 6]!];
    pairs.push({ id: `pair-${String(index + 12).padStart(2, '0')}`, prompt, textA: preferredA ? bad2 : good2, textB: preferredA ? good2 : bad2, preferred: preferredA ? 'b' : 'a', metadata: { block: index < 6 ? 'pets' : 'shirts' } });
  }
  pairs.push({ id: 'pair-tie', textA: 'Either works.', textB: 'Both are fine.', preferred: 'tie', metadata: {} });
  pairs.push({ id: 'pair-bad', textA: 'No.', textB: 'Nope.', preferred: 'both_bad', metadata: {} });
  return pairs.sort((left, right) => (left.id < right.id ? -1 : 1));
}
