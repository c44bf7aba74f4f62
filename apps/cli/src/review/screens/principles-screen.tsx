import { Box, Text } from 'ink';
import { StatusMark } from '../components/status-mark.tsx';
import { Styled } from '../components/theme.tsx';
import { VirtualList } from '../components/virtual-list.tsx';
import type { PrincipleRow } from '../view-models/principle-rows.ts';

/** Principles in constitution order (✓ accepted, ✎ edited, ✗ rejected); the selected one's sources, votes and examples below. */
export function PrinciplesScreen({ rows, cursor, height }: { rows: readonly PrincipleRow[]; cursor: number; height: number }) {
  const listHeight = Math.max(3, Math.min(rows.length + 1, Math.floor(height / 2)));
  const principle = rows[Math.min(cursor, rows.length - 1)];
  let number = 0;
  const numbers = rows.map((row) => (row.status === 'rejected' ? '  ' : String(++number).padStart(2)));
  const numberOf = new Map(rows.map((row, index) => [row.id, numbers[index]!]));
  return (
    <Box flexDirection="column">
      <VirtualList
        rows={rows}
        cursor={cursor}
        height={listHeight}
        rowKey={(row) => row.id}
        empty="no principles (the run has no constitution)"
        renderRow={(row, selected) => (
          <Text wrap="truncate-end">
            {selected ? '›' : ' '}
            <StatusMark status={row.status} /> {numberOf.get(row.id)}{row.status === 'rejected' ? ' ' : '.'} {selected ? <Styled tone="strong">{row.text}</Styled> : row.text}
          </Text>
        )}
      />
      {principle ? (
        <Box flexDirection="column" marginTop={1}>
          <Text wrap="truncate-end">{principle.text}</Text>
          <Text wrap="truncate-end">
            <Styled tone="accent">Sources</Styled> {principle.sources}
          </Text>
          {principle.votes ? (
            <Text wrap="truncate-end">
              <Styled tone="accent">Votes</Styled> {principle.votes}
            </Text>
          ) : null}
          {principle.agreement ? (
            <Text wrap="truncate-end">
              <Styled tone="accent">Agreement</Styled> {principle.agreement}
            </Text>
          ) : null}
          {principle.examples.slice(0, Math.max(0, height - listHeight - 5)).map((example) => (
            <Text key={example.feedbackId} wrap="truncate-end">
              {'  “'}
              {example.critique}” <Styled tone="dim">{example.feedbackId}</Styled>
            </Text>
          ))}
        </Box>
      ) : null}
    </Box>
  );
}
