import type { PipelineEvent } from '@tenets/core';
import { createPlainReporter } from './plain-reporter.ts';
import type { Reporter, ReporterStream } from './reporter.ts';
import type { Style } from './style.ts';

/** A live progress bar on a TTY; finished stages print once as plain lines above it. */
export function createProgressReporter(stream: ReporterStream, style: Style): Reporter {
  const plain = createPlainReporter(stream, style);
  let active: { stage: string; completed: number; total: number } | undefined;
  const clear = () => active && stream.write('\r\u001B[2K');
  const draw = () => {
    if (!active || active.total === 0) return;
    const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - 30));
    const filled = Math.round((active.completed / active.total) * width);
    stream.write(`\r\u001B[2K${active.stage} [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${active.completed}/${active.total}`);
  };
  return {
    onEvent(event: PipelineEvent) {
      if (event.type === 'stage-progress') {
        active = { stage: event.stage, completed: event.completed, total: event.total };
        draw();
        return;
      }
      clear();
      plain.onEvent(event);
      if (event.type === 'stage-start' && event.total) active = { stage: event.stage, completed: 0, total: event.total };
      if (event.type === 'stage-end') active = undefined;
      draw();
    },
    finish() {
      clear();
      active = undefined;
    },
  };
}
