import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { visibleWindow } from '../view-models/visible-window.ts';
import { Styled } from './theme.tsx';

export interface VirtualListProps<ROW> {
  rows: readonly ROW[];
  cursor: number;
  /** Lines available, including the position line. */
  height: number;
  /** Lines one row takes. @default 1 */
  rowHeight?: number;
  renderRow: (row: ROW, selected: boolean) => ReactNode;
  rowKey: (row: ROW) => string;
  empty?: string;
}

/** Draws only the rows that fit around the cursor, plus a "12–21 of 20000" line when the list is longer. */
export function VirtualList<ROW>({ rows, cursor, height, rowHeight = 1, renderRow, rowKey, empty = 'nothing here' }: VirtualListProps<ROW>) {
  if (rows.length === 0) return <Styled tone="dim">{empty}</Styled>;
  const fits = Math.max(1, Math.floor(height / rowHeight));
  const needsPosition = rows.length > fits;
  const { start, end } = visibleWindow({ count: rows.length, cursor, height: needsPosition ? Math.max(1, Math.floor((height - 1) / rowHeight)) : fits });
  return (
    <Box flexDirection="column">
      {rows.slice(start, end).map((row, offset) => (
        <Box key={rowKey(row)} flexDirection="column">
          {renderRow(row, start + offset === cursor)}
        </Box>
      ))}
      {needsPosition ? (
        <Text>
          <Styled tone="dim">
            {start + 1}–{end} of {rows.length}
          </Styled>
        </Text>
      ) : null}
    </Box>
  );
}
