import { readFileSync } from 'node:fs';

/** The Tenets version recorded in manifests (all packages are versioned together). */
export const tenetsVersion: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
