// `npm run test:pack`: are the packages installable? Builds them, `npm pack`s each, installs the tarballs into
// a fresh project in the system temp directory (outside the repository, so no workspace link can help), then
// runs the README's library example (runPipeline with createHdbscanClusterer), typechecks it against the
// published declarations, and starts the installed `tenets` executable — on the pinned Node 24 and, when
// the npm `node@22` package can be installed, on Node 22 too.
// Needs the npm registry for third-party dependencies (the npm cache is tried first). Not part of `npm test`
// (about a minute or more on a loaded machine). Options: --keep (leave the temp project), --skip-node22.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const keep = process.argv.includes('--keep');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const started = performance.now();
const step = (text) => console.log(`[${((performance.now() - started) / 1000).toFixed(1).padStart(5)} s] ${text}`);
const run = (command, args, options = {}) => execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });

const scratch = mkdtempSync(join(tmpdir(), 'tenets-pack-smoke-'));
const tarballs = join(scratch, 'tarballs');
const project = join(scratch, 'project');
mkdirSync(tarballs);
mkdirSync(project);
let failed = false;
try {
  step('building the packages');
  run(process.execPath, [join(root, 'apps/devtools/build-packages.mjs')]);

  const packages = ['packages', 'apps']
    .flatMap((group) => readdirSync(join(root, group)).map((name) => join(root, group, name)))
    .filter((directory) => existsSync(join(directory, 'tsconfig.build.json')))
    .map((directory) => ({ directory, manifest: JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) }))
    .filter(({ manifest }) => !manifest.private);
  const dependencies = {};
  for (const { directory, manifest } of packages) {
    const [packed] = JSON.parse(run(npm, ['pack', '--json', '--pack-destination', tarballs], { cwd: directory }));
    const shipped = packed.files.map((file) => file.path);
    const stray = shipped.filter((path) => /(^src\/|\.test\.|__fixtures__)/.test(path));
    if (stray.length > 0) throw new Error(`${manifest.name} would publish sources or tests: ${stray.slice(0, 5).join(', ')}`);
    step(`packed ${packed.filename} (${packed.entryCount} files, ${(packed.size / 1024).toFixed(0)} kB)`);
    dependencies[manifest.name] = `file:${join(tarballs, packed.filename)}`;
  }

  const typesNode = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies['@types/node'];
  // overrides: npm resolves the @tenets/* dependencies between the tarballs to the tarballs, not the registry.
  const manifest = { name: 'tenets-pack-smoke', private: true, type: 'module', dependencies, devDependencies: { '@types/node': typesNode }, overrides: dependencies };
  writeFileSync(join(project, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  step('npm install of the tarballs in a fresh project');
  run(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], { cwd: project });

  const feedback = readFileSync(join(root, 'fixtures/support-assistant/feedback.jsonl'), 'utf8').trim().split('\n').slice(0, 120).map((line) => JSON.parse(line));
  writeFileSync(join(project, 'feedback.json'), JSON.stringify(feedback));
  // The README's library example, with the fixture's first 120 critiques as the feedback.
  writeFileSync(
    join(project, 'example.mjs'),
    `import { readFileSync } from 'node:fs';
import { runPipeline } from '@tenets/core';
import { createHdbscanClusterer } from '@tenets/cluster';

const feedback = JSON.parse(readFileSync(new URL('./feedback.json', import.meta.url), 'utf8'));
const result = await runPipeline({ feedback, clusterer: createHdbscanClusterer(), seed: 42 });
if (result.metrics.length === 0 || result.constitution.principles.length === 0) throw new Error('no metrics or principles');
console.log(JSON.stringify({ node: process.versions.node, metrics: result.metrics.length, principles: result.constitution.principles.length, first: result.metrics[0].name }));
`,
  );
  // The README's reading example: a script consumes the run the installed CLI wrote.
  writeFileSync(
    join(project, 'read-run.mjs'),
    `import { openRun } from '@tenets/store';

const run = await openRun('runs/smoke');
const { clusters } = await run.read('clusters');
console.log(clusters.length);
`,
  );
  writeFileSync(
    join(project, 'example-types.ts'),
    `import { runPipeline, type Feedback, type RunPipelineResult } from '@tenets/core';
import { createHdbscanClusterer } from '@tenets/cluster';
import { openRunDirectory } from './types-only.ts';

const feedback: Feedback[] = [{ id: '1', critique: "Don't use emojis when I'm emailing my boss.", context: { response: 'Sure! 😊' }, metadata: {} }];
const result: RunPipelineResult = await runPipeline({ feedback, clusterer: createHdbscanClusterer(), seed: 42 });
const names: string[] = result.metrics.map((metric) => metric.name);
openRunDirectory(names);
`,
  );
  writeFileSync(join(project, 'types-only.ts'), 'export function openRunDirectory(names: string[]): number {\n  return names.length;\n}\n');
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { target: 'ES2023', lib: ['ES2023'], module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, allowImportingTsExtensions: true, skipLibCheck: false, types: ['node'] }, include: ['example-types.ts'] }),
  );
  step('typechecking the example against the published declarations');
  try {
    run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', project]);
  } catch (error) {
    // skipLibCheck: false also checks third-party declarations; report ours apart from theirs.
    const output = `${error.stdout ?? ''}${error.stderr ?? ''}`;
    const ours = output.split('\n').filter((line) => line.includes('@tenets/') || line.startsWith('example'));
    if (ours.length > 0) throw new Error(`type errors in the published declarations or the example:\n${ours.join('\n')}`);
    step(`(third-party declarations reported errors with skipLibCheck off; none in @tenets/*)`);
  }

  const nodes = [{ label: `Node ${process.versions.node} (pinned)`, binary: process.execPath }];
  if (!process.argv.includes('--skip-node22')) {
    const node22 = join(scratch, 'node22');
    try {
      step('installing Node 22 from the npm `node@22` package');
      mkdirSync(node22);
      run(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', '--prefix', node22, 'node@22'], { cwd: node22 });
      const binary = join(node22, 'node_modules/node/bin/node');
      nodes.push({ label: `Node ${run(binary, ['--version']).trim().slice(1)}`, binary });
    } catch (error) {
      console.log(`Node 22 not obtainable here (${String(error.message).split('\n')[0]}); only the pinned Node was tried.`);
    }
  }
  for (const { label, binary } of nodes) {
    const output = JSON.parse(run(binary, ['example.mjs'], { cwd: project }));
    step(`${label}: README example → ${output.metrics} metrics, ${output.principles} principles (first: "${output.first}")`);
    const cli = join(project, 'node_modules/@tenets/cli/bin/tenets.js');
    const version = run(binary, [cli, '--version'], { cwd: project }).trim();
    const ran = run(binary, [cli, 'run', 'feedback.json', '--out', 'runs/smoke', '--quiet'], { cwd: project });
    step(`${label}: installed tenets ${version}: ${ran.split('\n')[1]}`);
    step(`${label}: openRun('runs/smoke').read('clusters') → ${run(binary, ['read-run.mjs'], { cwd: project }).trim()} clusters`);
  }
  step('ok: every package installs from its tarball and works outside the repository');
} catch (error) {
  failed = true;
  console.error(`pack smoke test FAILED: ${error.message}${error.stderr ? `\n${error.stderr}` : ''}${error.stdout ? `\n${error.stdout}` : ''}`);
} finally {
  if (keep) console.log(`kept ${scratch}`);
  else rmSync(scratch, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
