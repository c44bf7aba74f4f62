// Start-up benchmark of the built `tenets` executable (what `npx tenets` runs): wall time from spawn to exit
// for --help, --version and `run --help`, and to the first progress line on stderr for an offline run.
// Prints the median (and min–max) of N runs per case. Usage: npm run bench:start [-- --runs 15]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const bin = join(root, 'apps/cli/bin/tenets.js');
const runsFlag = process.argv.indexOf('--runs');
const runs = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 11;
const scratch = mkdtempSync(join(tmpdir(), 'tenets-bench-start-'));
const fixture = join(root, 'fixtures/support-assistant/feedback.jsonl');

/** Milliseconds from spawn until `until` says so (or the process exits). */
function time(args, until) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [bin, ...args], { cwd: scratch, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      resolve(performance.now() - started);
    };
    child.stdout.resume();
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      if (until !== undefined && until.test(stderr)) {
        finish();
        child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (!done && code !== 0) reject(new Error(`tenets ${args.join(' ')} exited ${code}: ${stderr}`));
      finish();
    });
  });
}

const cases = [
  { name: 'tenets --help', args: ['--help'] },
  { name: 'tenets --version', args: ['--version'] },
  { name: 'tenets run --help', args: ['run', '--help'] },
  { name: 'tenets ingest --help', args: ['ingest', '--help'] },
  { name: 'run: first progress line', args: ['run', fixture, '--out', join(scratch, 'run')], until: /\n/ },
  { name: 'run: ingest stage starts', args: ['run', fixture, '--out', join(scratch, 'run')], until: /^• ingest/m },
];
const median = (values) => [...values].sort((left, right) => left - right)[Math.floor(values.length / 2)];
await time(['--version']); // warm the compile cache and the file-system cache once
console.log(`tenets start-up, median of ${runs} runs (min–max), Node ${process.versions.node}, ${(await import('node:os')).cpus().length} CPUs, load ${(await import('node:os')).loadavg()[0].toFixed(1)}`);
for (const benchCase of cases) {
  const samples = [];
  for (let index = 0; index < runs; index += 1) samples.push(await time(benchCase.args, benchCase.until));
  console.log(`  ${benchCase.name.padEnd(26)} ${median(samples).toFixed(0).padStart(5)} ms  (${Math.min(...samples).toFixed(0)}–${Math.max(...samples).toFixed(0)})`);
}
const bare = [];
for (let index = 0; index < runs; index += 1) {
  bare.push(await new Promise((resolve) => {
    const started = performance.now();
    spawn(process.execPath, ['-e', '0']).on('exit', () => resolve(performance.now() - started));
  }));
}
console.log(`  ${'bare node -e 0 (floor)'.padEnd(26)} ${median(bare).toFixed(0).padStart(5)} ms  (${Math.min(...bare).toFixed(0)}–${Math.max(...bare).toFixed(0)})`);
rmSync(scratch, { recursive: true, force: true });
