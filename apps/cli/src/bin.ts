const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  // The one answer that needs no command table: skip loading zod and the commands.
  process.stdout.write(`${(await import('@tenets/runner/version')).tenetsVersion}\n`);
} else {
  await start();
}

async function start() {
  // `tenets ingest … --out - | head`: when the reader goes away, stop quietly instead of crashing on EPIPE.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const { main } = await import('./main.ts');
  const controller = new AbortController();
  let interrupts = 0;
  process.on('SIGINT', () => {
    interrupts += 1;
    if (interrupts > 1) {
      process.stderr.write('\ninterrupted: exiting now. Finished model calls are cached; re-run with --resume to continue.\n');
      process.exit(130);
    }
    process.stderr.write('\nStopping… (press Ctrl-C again to force)\n');
    controller.abort(new Error('Interrupted by the user (SIGINT).'));
    // In-flight model calls are abandoned, not awaited: every finished call is already in the cache and
    // artefacts are written atomically, so the run stays resumable. A stage that does not stop by itself
    // within a second is cut short here.
    setTimeout(() => {
      process.stderr.write('interrupted: stopped. Finished model calls are cached; re-run with --resume to continue.\n');
      process.exit(130);
    }, 1000).unref();
  });

  process.exitCode = await main(argv, {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    abortSignal: controller.signal,
  });
  // Interrupted and already reported: do not wait for abandoned sockets or timers to wind down.
  if (controller.signal.aborted) process.exit();
}
