#!/usr/bin/env node
// Thin launcher for the built CLI (dist/, emitted by `npm run build`, which `npm install` runs).
// From a checkout, `npm run tenets -- …` runs the TypeScript sources instead.
import module from 'node:module';

const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(`tenets needs Node >= 22 (this is ${process.versions.node}). Run it through npx or npm run, which use the pinned Node 24.`);
  process.exit(1);
}
// Caches compiled bytecode between starts (Node >= 22.1): a cold start parses zod and the CLI once.
module.enableCompileCache?.();
try {
  await import('../dist/bin.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('/dist/bin.js')) throw error;
  console.error('tenets is not built: run `npm run build` (npm install does it), or `npm run tenets -- …` to run the TypeScript sources.');
  process.exit(1);
}
