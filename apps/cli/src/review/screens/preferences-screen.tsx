import { Box, Text } from 'ink';
import { Styled } from '../components/theme.tsx';
import { VirtualList } from '../components/virtual-list.tsx';
import type { PreferenceRow } from '../view-models/preference-rows.ts';

const verified = { passed: '✓', failed: '✗', unverified: '?' } as const;

/** Pairs by principle and scope (✓ verified, ✗ failed verification, ? unchecked); the selected pair below. */
export function PreferencesScreen({ rows, cursor, height }: { rows: readonly PreferenceRow[]; cursor: number; height: number }) {
  const listHeight = Math.max(3, Math.min(rows.length + 1, height - 7));
  const pair = rows[Math.min(cursor, rows.length - 1)];
  return (
    <Box flexDirection="column">
      <VirtualList
        rows={rows}
        cursor={cursor}
        height={listHeight}
        rowKey={(row) => row.id}
        empty="no preference pairs"
        renderRow={(row, selected) => (
          <Text wrap="truncate-end">
            {selected ? '›' : ' '}
            <Styled tone={row.verification === 'passed' ? 'good' : row.verification === 'failed' ? 'bad' : 'dim'}>{verified[row.verification]}</Styled>
            {row.dropped ? ' dropped' : ''} {row.principleId} <Styled tone="accent">[{row.scope}]</Styled> {row.prompt}
          </Text>
        )}
      />
      {pair ? (
        <Box flexDirection="column" marginTop={1}>
          <Text wrap="truncate-end">
            <Styled tone="good">chosen</Styled> {pair.chosen}
          </Text>
          <Text wrap="truncate-end">
            <Styled tone="bad">rejected</Styled> {pair.rejected}
          </Text>
          <Text wrap="truncate-end">
            <Styled tone="accent">verification</Styled> {pair.verification}
            {pair.verificationNote ? ` — ${pair.verificationNote}` : ''}
          </Text>
        </Box>
      ) : null}
    </Box>
  );
}
