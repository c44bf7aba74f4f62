// Removes stale per-package vitest reports so the closing summary only counts this run.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

for (const group of ['packages', 'apps']) {
  if (!existsSync(group)) continue;
  for (const name of readdirSync(group)) rmSync(join(group, name, '.vitest-report.json'), { force: true });
}
