import type { PipelineEvent } from '@tenets/core';
import { escapeTerminal } from '../cli/escape-terminal.ts';

/** Bad ingest rows listed one by one before the rest are only counted (all are in the rejects file). */
export const listedRejects = 3;

export interface EventLine {
  kind: 'stage' | 'warning' | 'failure' | 'info';
  text: string;
}

/**
 * Folds pipeline events into the finished lines every reporter prints, with input-derived text escaped.
 * Stage lines carry counts but no duration: the one set of timings shown is the manifest's (run summary).
 * Of the bad ingest rows only the first few get a line; the stage's end says how many more there were.
 */
export function createEventLines(): (event: PipelineEvent) => EventLine | undefined {
  let ingestRejects = 0;
  return (event) => {
    switch (event.type) {
      case 'stage-end': {
        const counts = Object.entries(event.counts)
          .filter(([, value]) => value !== 0)
          .map(([name, value]) => `${name} ${value}`)
          .join(', ');
        const unlisted = event.stage === 'ingest' ? ingestRejects - listedRejects : 0;
        if (event.stage === 'ingest') ingestRejects = 0;
        return { kind: 'stage', text: `${event.stage}${counts ? ` — ${counts}` : ''}${unlisted > 0 ? ` (${unlisted} more bad rows not listed; all are in the rejects file)` : ''}` };
      }
      case 'item-failed':
        if (event.stage === 'ingest') {
          ingestRejects += 1;
          if (ingestRejects > listedRejects) return undefined;
        }
        return { kind: 'failure', text: escapeTerminal(`${event.stage}: ${event.itemId} failed (${event.reason}): ${event.message}`) };
      case 'warning':
        return { kind: 'warning', text: escapeTerminal(event.message) };
      case 'info':
        return { kind: 'info', text: escapeTerminal(event.message) };
      default:
        return undefined;
    }
  };
}
