// Start-up benchmark of the built `tenets` executable (what `npx tenets` runs): wall time from spawn to exit
// for --help, --version and `run --help`, and to the first progress line on stderr for an offline run.
// Prints the median (and min–max) of N runs per case, and for the cases that exit the median CPU time
// (user + system) the process used, which a loaded machine inflates much less than wall time.
// Usage: npm run bench:start [-- --runs 15]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const bin = join(root, 'apps/cli/bin/tenets.js');
const runsFlag = process.argv.indexOf('--runs');
const runs = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 11;
const scratch = mkdtempSync(join(tmpdir(), 'tenets-bench-start-'));
const fixture = join(root, 'fixtures/support-assistant/feedback.jsonl');
// Preloaded into each child: reports its CPU time on fd 3 when it exits.
const probe = join(scratch, 'cpu-probe.mjs');
writeFileSync(probe, "import { writeSync } from 'node:fs';\nprocess.on('exit', () => { const usage = process.cpuUsage(); try { writeSync(3, String((usage.user + usage.system) / 1000)); } catch {} });\n");

/** `{ wall, cpu }` milliseconds from spawn until `until` matches stderr (or the process exits). */
function time(args, until) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', probe, bin, ...args], { cwd: scratch, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
    let stderr = '';
    let cpu = '';
    let done = false;
    let wall = 0;
    const finish = () => {
      if (done) return;
      done = true;
      wall = performance.now() - started;
    };
    child.stdio[3].on('data', (chunk) => (cpu += chunk));
    child.stdout.resume();
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      if (until !== undefined && until.test(stderr)) {
        finish();
        child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (!done && code !== 0) reject(new Error(`tenets ${args.join(' ')} exited ${code}: ${stderr}`));
      finish();
      resolve({ wall, cpu: cpu === '' ? undefined : Number(cpu) });
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
  const walls = samples.map((sample) => sample.wall);
  const cpus = samples.map((sample) => sample.cpu).filter((value) => value !== undefined);
  const cpu = cpus.length === samples.length ? `   cpu ${median(cpus).toFixed(0).padStart(4)} ms` : '';
  console.log(`  ${benchCase.name.padEnd(26)} ${median(walls).toFixed(0).padStart(5)} ms  (${Math.min(...walls).toFixed(0)}–${Math.max(...walls).toFixed(0)})${cpu}`);
}
const bare = [];
for (let index = 0; index < runs; index += 1) {
  bare.push(await new Promise((resolve) => {
    const started = performance.now();
    spawn(process.execPath, ['-e', '0']).on('close', () => resolve(performance.now() - started));
  }));
}
console.log(`  ${'bare node -e 0 (floor)'.padEnd(26)} ${median(bare).toFixed(0).padStart(5)} ms  (${Math.min(...bare).toFixed(0)}–${Math.max(...bare).toFixed(0)})`);
rmSync(scratch, { recursive: true, force: true });
