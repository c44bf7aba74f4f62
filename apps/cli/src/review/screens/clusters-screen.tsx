import { Box, Text } from 'ink';
import { Styled } from '../components/theme.tsx';
import { VirtualList } from '../components/virtual-list.tsx';
import type { ClusterRow } from '../view-models/cluster-rows.ts';

export interface ClustersScreenProps {
  rows: readonly ClusterRow[];
  cursor: number;
  height: number;
  mergeSourceId?: string;
}

/** Clusters largest first: size, sign balance (− negative, + positive), name, top terms. */
export function ClustersScreen({ rows, cursor, height, mergeSourceId }: ClustersScreenProps) {
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        <Styled tone="dim">{'   size    −    +  name / top terms'}</Styled>
      </Text>
      <VirtualList
        rows={rows}
        cursor={cursor}
        height={height - 1}
        rowKey={(row) => row.id}
        empty="no clusters (all behaviours are noise)"
        renderRow={(row, selected) => (
          <Text wrap="truncate-end">
            {selected ? '›' : ' '}
            {row.id === mergeSourceId ? '*' : ' '}
            {String(row.size).padStart(5)} <Styled tone="bad">{String(row.negative).padStart(4)}</Styled> <Styled tone="good">{String(row.positive).padStart(4)}</Styled>{' '}
            {selected ? <Styled tone="strong">{row.name}</Styled> : row.name} <Styled tone="dim">{row.terms.join(' · ')}</Styled>
          </Text>
        )}
      />
    </Box>
  );
}
