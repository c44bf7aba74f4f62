export { createTempDir, type TempDir } from './temp-dir.ts';
export { collect, chunked } from './collect.ts';
export { hostileInputKinds, renderHostileInputReadme } from './hostile-input/hostile-input-corpus.ts';
export type { HostileKind } from './hostile-input/hostile-kind.ts';
export { badInputFixtures, renderFixture, renderBadInputReadme, type BadInputFixture, type FixtureLine } from './bad-input-fixtures.ts';
