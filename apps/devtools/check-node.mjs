// Fails fast when npm scripts run on a Node older than 22 (the pinned devDependency `node` was not linked).
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(
    `Tenets needs Node >= 22 (pinned 24 through the "node" devDependency), but this is Node ${process.versions.node}.\n` +
      'Run `npm install` (without --ignore-scripts), or `npm rebuild node`, then use `npm test` / `npx tenets`.',
  );
  process.exit(1);
}
