export { createTempDir, type TempDir } from './temp-dir.ts';
export { collect, chunked } from './collect.ts';
