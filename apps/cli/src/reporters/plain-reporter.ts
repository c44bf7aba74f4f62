import type { PipelineEvent } from '@tenets/core';
import type { Reporter, ReporterStream } from './reporter.ts';
import type { Style } from './style.ts';

/** One line per stage and per warning: for logs and non-TTY stderr. */
export function createPlainReporter(stream: ReporterStream, style: Style): Reporter {
  return {
    onEvent(event: PipelineEvent) {
      switch (event.type) {
        case 'stage-start':
          stream.write(`${style.dim('•')} ${event.stage}${describeTotal(event.stage, event.total)}…\n`);
          break;
        case 'stage-end': {
          // Zero counts are noise in a progress line; the manifest keeps them all.
          const counts = Object.entries(event.counts)
            .filter(([, value]) => value !== 0)
            .map(([name, value]) => `${name} ${value}`)
            .join(', ');
          stream.write(`${style.green('✓')} ${event.stage} ${style.dim(`${Math.round(event.durationMs)} ms`)}${counts ? ` — ${counts}` : ''}\n`);
          break;
        }
        case 'item-failed':
          stream.write(`${style.yellow('!')} ${event.stage}: ${event.itemId} failed (${event.reason}): ${event.message}\n`);
          break;
        case 'warning':
          stream.write(`${style.yellow('warning:')} ${event.message}\n`);
          break;
        case 'info':
          stream.write(`${style.dim('info:')} ${event.message}\n`);
          break;
        case 'stage-progress':
          break;
      }
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
