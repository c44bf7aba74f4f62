import { Box, Text } from 'ink';
import { Styled } from '../components/theme.tsx';
import { VirtualList } from '../components/virtual-list.tsx';
import type { ClusterMemberRow } from '../view-models/cluster-member-rows.ts';
import type { ClusterRow } from '../view-models/cluster-rows.ts';

export interface ClusterDetailScreenProps {
  cluster: ClusterRow;
  members: readonly ClusterMemberRow[];
  cursor: number;
  selected: readonly string[];
  height: number;
}

/** One cluster's members, three lines each: behaviour, critique with the evidence span highlighted, response excerpt. */
export function ClusterDetailScreen({ cluster, members, cursor, selected, height }: ClusterDetailScreenProps) {
  const picked = new Set(selected);
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        <Styled tone="strong">{cluster.name}</Styled> {cluster.size} members ({cluster.negative}−, {cluster.positive}+) <Styled tone="dim">{cluster.terms.join(' · ')}</Styled>
      </Text>
      <Text wrap="truncate-end">
        <Styled tone="dim">{picked.size > 0 ? `${picked.size} selected · s splits them off · esc clears` : 'space selects · s splits off · r renames · n noise · esc back'}</Styled>
      </Text>
      <VirtualList
        rows={members}
        cursor={cursor}
        height={height - 2}
        rowHeight={3}
        rowKey={(row) => row.aspectId}
        empty="no members"
        renderRow={(row, current) => (
          <>
            <Text wrap="truncate-end">
              {current ? '›' : ' '}
              {picked.has(row.aspectId) ? '[x]' : '[ ]'} {row.sign === 'negative' ? <Styled tone="bad">−</Styled> : <Styled tone="good">+</Styled>} {current ? <Styled tone="strong">{row.behaviour}</Styled> : row.behaviour}{' '}
              <Styled tone="dim">{row.feedbackId}</Styled>
            </Text>
            <Text wrap="truncate-end">
              {'      “'}
              {row.critique.before}
              <Styled tone="highlight">{row.critique.span}</Styled>
              {row.critique.after}”
            </Text>
            <Text wrap="truncate-end">
              <Styled tone="dim">
                {'      ↳ '}
                {row.responseExcerpt ?? '(no response recorded)'}
              </Styled>
            </Text>
          </>
        )}
      />
    </Box>
  );
}
