// Run by `npm install` (root `prepare`). npm itself may run on an older system Node (20) than the dependencies
// ask for, and then prints one EBADENGINE warning per such package. They are expected: every npm script and
// `npx tenets` run on the pinned Node 24 (the `node` devDependency). Say so once, instead of leaving users guessing.
const npmNode = /\bnode\/v(\d+)/.exec(process.env.npm_config_user_agent ?? '')?.[1];
if (npmNode !== undefined && Number(npmNode) < 22) {
  console.log(`note: npm ran on Node ${npmNode}, so the EBADENGINE warnings above are expected — Tenets runs on the pinned Node ${process.versions.node} through npm run / npx.`);
}
