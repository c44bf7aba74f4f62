import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repositoryRoot = resolve(import.meta.dirname, '../../..');
const supportFixture = join(repositoryRoot, 'fixtures/support-assistant/feedback.jsonl');
const temporary = mkdtempSync(join(tmpdir(), 'tenets-signal-'));
// A model server that accepts every request and never answers: the run is stuck in an in-flight call.
const sockets = new Set<import('node:net').Socket>();
let server: Server;
let baseURL = '';
beforeAll(async () => {
  server = createServer(() => {});
  server.on('connection', (socket) => sockets.add(socket));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise((done) => server.close(done));
  rmSync(temporary, { recursive: true, force: true });
});

/**
 * The real executable (bin/tenets.js → dist, built by `npm install` and by `npm test`'s pretest) as a separate
 * process that receives real signals. tsx is no substitute here: its compiler service dies on the same SIGINT.
 */
function startCli(out: string) {
  if (!existsSync(join(repositoryRoot, 'apps/cli/dist/bin.js'))) throw new Error('apps/cli/dist is missing: run `npm run build` first.');
  const child = spawn(
    process.execPath,
    [join(repositoryRoot, 'apps/cli/bin/tenets.js'), 'run', supportFixture, '--out', out, '--model', 'compatible:stuck', '--base-url', baseURL, '--no-cache'],
    { cwd: temporary, env: { ...process.env, NO_COLOR: '1', TENETS_API_KEY: 'test-key' } },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.resume();
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((done) => child.on('exit', (code, signal) => done({ code, signal, stderr })));
  const waitFor = async (pattern: RegExp) => {
    while (!pattern.test(stderr)) await new Promise((done) => setTimeout(done, 25));
  };
  return { child, exited, waitFor };
}

async function killAfterTimeout(child: ChildProcessWithoutNullStreams, exited: Promise<unknown>) {
  // Generous: this only keeps a broken build from hanging the suite.
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  await exited;
  clearTimeout(timer);
}

describe('Ctrl-C on the real executable', () => {
  it('stops on the first SIGINT while a model call is in flight: exit 130, resumable, no artefacts', async () => {
    const out = join(temporary, 'first');
    const { child, exited, waitFor } = startCli(out);
    await waitFor(/engine: /);
    const sent = performance.now();
    child.kill('SIGINT');
    await killAfterTimeout(child, exited);
    const result = await exited;
    expect(result.code).toBe(130);
    expect(result.stderr).toContain('Stopping… (press Ctrl-C again to force)');
    expect(result.stderr).toMatch(/interrupted: stopped.*re-run with --resume/);
    expect(result.stderr).not.toContain('internal error');
    expect(performance.now() - sent).toBeLessThan(15_000);
    expect(() => readdirSync(out)).toThrow();
  });

  it('exits at once on a second SIGINT', async () => {
    const { child, exited, waitFor } = startCli(join(temporary, 'second'));
    await waitFor(/engine: /);
    child.kill('SIGINT');
    await waitFor(/Stopping…/);
    child.kill('SIGINT');
    await killAfterTimeout(child, exited);
    const result = await exited;
    expect(result.code).toBe(130);
    expect(result.stderr).toMatch(/interrupted: (exiting now|stopped)/);
  });
});

describe('a reader that goes away', () => {
  it('ends `ingest --out - | head` quietly, without an EPIPE crash', async () => {
    const child = spawn(process.execPath, [join(repositoryRoot, 'apps/cli/bin/tenets.js'), 'ingest', supportFixture, '--out', '-', '--rejects', join(temporary, 'epipe.rejects.jsonl')], { cwd: temporary, env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on('exit', done));
    expect(stderr).not.toMatch(/EPIPE|Unhandled/);
    expect(code).toBe(0);
  });
});
