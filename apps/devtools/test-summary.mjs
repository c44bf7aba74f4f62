// Sums the per-package vitest JSON reports written by `npm test` and prints one closing line.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

let passed = 0;
let failed = 0;
let skipped = 0;
const missing = [];
for (const group of ['packages', 'apps']) {
  if (!existsSync(group)) continue;
  for (const name of readdirSync(group)) {
    const directory = join(group, name);
    if (!existsSync(join(directory, 'package.json'))) continue;
    // Only workspaces with a test script run vitest (every workspace has one today).
    if (!JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')).scripts?.test) continue;
    const report = join(directory, '.vitest-report.json');
    if (!existsSync(report)) {
      missing.push(directory);
      continue;
    }
    const result = JSON.parse(readFileSync(report, 'utf8'));
    passed += result.numPassedTests ?? 0;
    failed += result.numFailedTests ?? 0;
    skipped += (result.numPendingTests ?? 0) + (result.numTodoTests ?? 0);
  }
}
if (missing.length > 0) console.log(`No test report from: ${missing.join(", ")} (its vitest did not finish)`);
console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
if (failed > 0 || passed === 0 || missing.length > 0) process.exit(1);
