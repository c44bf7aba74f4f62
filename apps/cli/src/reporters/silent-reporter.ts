import type { Reporter } from './reporter.ts';

export function createSilentReporter(): Reporter {
  return { onEvent() {}, finish() {} };
}
