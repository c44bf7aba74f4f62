// Builds every workspace package that has a tsconfig.build.json (JS + .d.ts in dist/), dependencies first,
// and copies the hand-written .js/.d.ts/.json files under src/ beside the emitted ones.
// `npm install` runs it (root `prepare`); `npm run build` runs it by hand. Tests and `npm run typecheck` use the sources.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const directories = ['packages', 'apps'].flatMap((group) => readdirSync(join(root, group)).map((name) => join(root, group, name)));
const packages = new Map();
for (const directory of directories) {
  if (!existsSync(join(directory, 'tsconfig.build.json'))) continue;
  const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8'));
  packages.set(manifest.name, { directory, dependencies: Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies }) });
}

const order = [];
const visit = (name, trail = []) => {
  if (order.includes(name)) return;
  if (trail.includes(name)) throw new Error(`dependency cycle: ${[...trail, name].join(' → ')}`);
  for (const dependency of packages.get(name).dependencies) if (packages.has(dependency)) visit(dependency, [...trail, name]);
  order.push(name);
};
for (const name of [...packages.keys()].sort()) visit(name);

const typescript = join(root, 'node_modules/typescript/bin/tsc');
const started = performance.now();
for (const name of order) {
  const { directory } = packages.get(name);
  rmSync(join(directory, 'dist'), { recursive: true, force: true });
  execFileSync(process.execPath, [typescript, '-p', join(directory, 'tsconfig.build.json')], { stdio: 'inherit' });
  copyAssets(join(directory, 'src'), join(directory, 'dist'));
}
console.log(`built ${order.length} packages (${order.join(', ')}) in ${((performance.now() - started) / 1000).toFixed(1)} s`);

/** Hand-written JavaScript (e.g. worker scripts) and its declarations are not emitted by tsc: copy them. */
function copyAssets(source, target) {
  for (const entry of readdirSync(source, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.(js|mjs|cjs|d\.ts|json)$/.test(entry.name) || entry.parentPath.includes('__fixtures__')) continue;
    const from = join(entry.parentPath, entry.name);
    cpSync(from, join(target, relative(source, from)));
  }
}
