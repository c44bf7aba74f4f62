// `npm test`: every package's vitest through turbo (--continue, so one failing package does not hide the
// others), then the closing summary line, which prints whatever happened. Exits non-zero when turbo or the
// summary saw a failure.
import { spawnSync } from 'node:child_process';

const turbo = spawnSync('turbo', ['run', 'test', '--continue', '--concurrency=2'], { stdio: 'inherit' });
if (turbo.error) console.error(`Could not start turbo: ${turbo.error.message}`);
const summary = spawnSync(process.execPath, ['apps/devtools/test-summary.mjs'], { stdio: 'inherit' });
const turboFailed = turbo.status !== 0;
if (turboFailed && summary.status === 0) console.log('turbo reported a failing task (see above) although every test report passed.');
process.exit(turboFailed || summary.status !== 0 ? 1 : 0);
