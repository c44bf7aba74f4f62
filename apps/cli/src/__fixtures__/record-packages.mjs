// Preload for lazy-loading.test.ts: records every bare package specifier the process resolves and prints
// them as one JSON line on stderr when it exits.
import module from 'node:module';

const packages = new Set();
module.registerHooks({
  resolve(specifier, context, nextResolve) {
    if (!specifier.startsWith('.') && !specifier.startsWith('/') && !specifier.startsWith('node:') && !specifier.startsWith('file:')) packages.add(specifier);
    return nextResolve(specifier, context);
  },
});
process.on('exit', () => process.stderr.write(`\nPACKAGES ${JSON.stringify([...packages].sort())}\n`));
