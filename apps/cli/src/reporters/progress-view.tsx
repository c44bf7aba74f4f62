import { Box, Static, Text } from 'ink';
import { describeSpend, formatEta, formatItems } from './format-progress.ts';
import type { ProgressLine, ProgressState } from './progress-state.ts';

const marks: Record<ProgressLine['kind'], { symbol: string; color: string | undefined }> = {
  stage: { symbol: '✓', color: 'green' },
  warning: { symbol: '!', color: 'yellow' },
  failure: { symbol: '✗', color: 'red' },
  info: { symbol: '·', color: undefined },
};

/**
 * Finished lines print once (`<Static>`); the running stage is a live bar below them with items done and the
 * ETA at the rate seen so far, and under it the spend so far. `colour: false` (NO_COLOR, TERM=dumb) draws
 * the same view without colour or dim.
 */
export function ProgressView({ state, width = 30, colour = true }: { state: ProgressState; width?: number; colour?: boolean }) {
  const { active } = state;
  const share = active && active.total > 0 ? Math.min(1, active.completed / active.total) : 0;
  const filled = Math.round(share * width);
  const spend = describeSpend(state);
  return (
    <>
      <Static items={state.lines}>
        {(line) => (
          <Text key={line.key} dimColor={colour && line.kind === 'info'}>
            <Text color={colour ? marks[line.kind].color : undefined}>{marks[line.kind].symbol}</Text> {line.text}
          </Text>
        )}
      </Static>
      {active ? (
        <Box flexDirection="column">
          <Text wrap="truncate-end">
            <Text>{active.stage} </Text>
            {active.total > 0 ? (
              <Text>
                <Text color={colour ? 'cyan' : undefined}>{'█'.repeat(filled)}</Text>
                <Text dimColor={colour}>{'░'.repeat(width - filled)}</Text> {Math.round(share * 100)}% {formatItems(active)} · {formatEta(active)}
              </Text>
            ) : (
              <Text dimColor={colour}>{active.completed > 0 ? formatItems(active) : '…'}</Text>
            )}
          </Text>
          {spend ? (
            <Text wrap="truncate-end" dimColor={colour}>
              spend so far: {spend}
            </Text>
          ) : null}
        </Box>
      ) : null}
    </>
  );
}
