export { createTempDir, type TempDir } from './temp-dir.ts';
export { collect, chunked } from './collect.ts';
export { badInputFixtures, renderFixture, renderBadInputReadme, type BadInputFixture, type FixtureLine } from './bad-input-fixtures.ts';
