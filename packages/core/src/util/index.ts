export { contentId } from './content-id.ts';
export { mapConcurrent, type MapConcurrentOptions } from './map-concurrent.ts';
export { seededRandom, seededShuffle, deriveSeed } from './seeded-random.ts';
