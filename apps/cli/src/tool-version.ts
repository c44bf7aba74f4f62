import { readFileSync } from 'node:fs';

/** The CLI package version, read once from its package.json. */
export const toolVersion: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
