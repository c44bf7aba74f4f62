import type { PipelineEvent } from '@tenets/core';
import { createEventLines } from './describe-event.ts';
import type { Reporter, ReporterStream } from './reporter.ts';
import type { Style } from './style.ts';

/** One line per stage and per warning: for logs and non-TTY stderr. */
export function createPlainReporter(stream: ReporterStream, style: Style): Reporter {
  const lineOf = createEventLines();
  const marks = { stage: style.green('✓'), failure: style.yellow('!'), warning: style.yellow('warning:'), info: style.dim('info:') };
  return {
    onEvent(event: PipelineEvent) {
      if (event.type === 'stage-start') {
        stream.write(`${style.dim('•')} ${event.stage}${describeTotal(event.stage, event.total)}…\n`);
        return;
      }
      const line = lineOf(event);
      if (line) stream.write(`${marks[line.kind]} ${line.text}\n`);
    },
    finish() {},
  };
}

function describeTotal(stage: string, total: number | undefined): string {
  if (total === undefined) return '';
  // Ingest measures its progress in bytes read.
  if (stage === 'ingest') return ` (${(total / 1_048_576).toFixed(1)} MB)`;
  return ` (${total})`;
}
