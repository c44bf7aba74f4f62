#!/usr/bin/env node
// Thin launcher: Tenets ships TypeScript sources; tsx compiles them on the fly (no build step).
import { register } from 'tsx/esm/api';

const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(`tenets needs Node >= 22 (this is ${process.versions.node}). Run it through npx or npm run, which use the pinned Node 24.`);
  process.exit(1);
}
register();
await import('../src/bin.ts');
