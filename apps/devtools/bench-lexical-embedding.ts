/**
 * Times the offline lexical embedding model (fit = TF-IDF + randomized SVD, then embedding every text) on
 * 1,000–5,000 behaviour texts built from the support-assistant fixture. Prints numbers; asserts nothing.
 * Run: `npx tsx apps/devtools/bench-lexical-embedding.ts`.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { embedMany } from 'ai';
import { createLexicalEmbeddingModel, groundOffline } from '@tenets/core';
import { readSupportFixture } from './eval/read-support-fixture.ts';

const { feedback } = readSupportFixture(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'support-assistant'));
const behaviours = feedback.flatMap((record) => groundOffline(record)).map((aspect) => aspect.behaviour);
// Distinct texts: each pairs two fixture clauses, so the vocabulary keeps growing with n like a real log's.
const texts = (count: number) => Array.from({ length: count }, (_, index) => `${behaviours[index % behaviours.length]} ${behaviours[(index * 7 + 3) % behaviours.length]}`);

for (const count of [1000, 3000, 5000]) {
  for (const dimensions of [undefined, 96]) {
    const values = texts(count);
    const started = performance.now();
    const model = createLexicalEmbeddingModel({ corpus: values, dimensions, seed: 42 });
    const fitted = performance.now();
    await embedMany({ model, values });
    const embedded = performance.now();
    process.stdout.write(
      `${String(count).padStart(5)} texts, ${String(model.dimensions).padStart(2)} dimensions, ${String(model.vocabularySize).padStart(6)} features: fit ${((fitted - started) / 1000).toFixed(2)} s, embed ${((embedded - fitted) / 1000).toFixed(2)} s\n`,
    );
  }
}
