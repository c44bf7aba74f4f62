import { Box, Static, Text } from 'ink';
import type { ProgressLine, ProgressState } from './progress-state.ts';

const marks: Record<ProgressLine['kind'], { symbol: string; color: string | undefined }> = {
  stage: { symbol: '✓', color: 'green' },
  warning: { symbol: '!', color: 'yellow' },
  failure: { symbol: '✗', color: 'red' },
  info: { symbol: '·', color: undefined },
};

/** Finished lines print once (`<Static>`); the running stage is a live bar below them. */
export function ProgressView({ state, width = 30 }: { state: ProgressState; width?: number }) {
  const { active } = state;
  const share = active && active.total > 0 ? Math.min(1, active.completed / active.total) : 0;
  const filled = Math.round(share * width);
  return (
    <>
      <Static items={state.lines}>
        {(line) => (
          <Text key={line.key} dimColor={line.kind === 'info'}>
            <Text color={marks[line.kind].color}>{marks[line.kind].symbol}</Text> {line.text}
          </Text>
        )}
      </Static>
      {active ? (
        <Box>
          <Text>{active.stage} </Text>
          {active.total > 0 ? (
            <Text>
              <Text color="cyan">{'█'.repeat(filled)}</Text>
              <Text dimColor>{'░'.repeat(width - filled)}</Text> {Math.round(share * 100)}%
            </Text>
          ) : (
            <Text dimColor>…</Text>
          )}
        </Box>
      ) : null}
    </>
  );
}
