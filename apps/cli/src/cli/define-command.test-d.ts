// Type tests, checked by `npm run typecheck` (tsc), not run by vitest: run() sees the flags' z.output and
// positionals typed by their specs.
import { z } from 'zod';
import { defineCommand } from './define-command.ts';
import { commonFlags, modelFlags } from './flags.ts';

defineCommand({
  name: 'example',
  summary: 'Type test.',
  positionals: [
    { name: 'runDir', description: 'a run' },
    { name: 'extra', description: 'optional', optional: true },
    { name: 'files', description: 'the rest', variadic: true },
  ],
  flags: z.object({ seed: z.number().int().default(42), label: z.string().optional(), ...modelFlags, ...commonFlags }),
  examples: [],
  async run({ flags, positionals }) {
    const seed: number = flags.seed;
    const label: string | undefined = flags.label;
    const rpm: number | undefined = flags.requestsPerMinute;
    const runDir: string = positionals.runDir;
    const extra: string | undefined = positionals.extra;
    const files: string[] = positionals.files;
    // @ts-expect-error: an optional flag may be undefined
    const required: string = flags.label;
    // @ts-expect-error: no such flag
    void flags.bogus;
    // @ts-expect-error: an optional positional may be undefined
    const missing: string = positionals.extra;
    return [seed, label, rpm, runDir, extra, files, required, missing].length;
  },
});
