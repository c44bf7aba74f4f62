import { Box, Text } from 'ink';
import { StatusMark } from '../components/status-mark.tsx';
import { Styled } from '../components/theme.tsx';
import { VirtualList } from '../components/virtual-list.tsx';
import type { MetricRow } from '../view-models/metric-rows.ts';

/** Metric names on top (✎ edited, ✗ rejected); the selected one's definition, applicability and examples below. */
export function MetricsScreen({ rows, cursor, height }: { rows: readonly MetricRow[]; cursor: number; height: number }) {
  const listHeight = Math.max(3, Math.min(rows.length + 1, Math.floor(height / 2)));
  const metric = rows[Math.min(cursor, rows.length - 1)];
  return (
    <Box flexDirection="column">
      <VirtualList
        rows={rows}
        cursor={cursor}
        height={listHeight}
        rowKey={(row) => row.id}
        empty="no metrics"
        renderRow={(row, selected) => (
          <Text wrap="truncate-end">
            {selected ? '›' : ' '}
            <StatusMark status={row.status} /> {row.prevalence.padStart(6)} {selected ? <Styled tone="strong">{row.name}</Styled> : row.name}{' '}
            <Styled tone="dim">
              ({row.negative}−, {row.positive}+)
            </Styled>
          </Text>
        )}
      />
      {metric ? <MetricDetail metric={metric} height={height - listHeight} /> : null}
    </Box>
  );
}

function MetricDetail({ metric, height }: { metric: MetricRow; height: number }) {
  const examples = Math.max(0, Math.floor((height - 5) / 2));
  return (
    <Box flexDirection="column" marginTop={1}>
      <Text wrap="truncate-end">
        <Styled tone="accent">Definition</Styled> {metric.definition}
      </Text>
      <Text wrap="truncate-end">
        <Styled tone="accent">Applies</Styled> {metric.applicability ?? '(always)'}
      </Text>
      <Styled tone="good">Good examples</Styled>
      {metric.goodExamples.slice(0, examples).map((example, index) => (
        <Text key={index} wrap="truncate-end">
          {'  + '}
          {example}
        </Text>
      ))}
      <Styled tone="bad">Bad examples</Styled>
      {metric.badExamples.slice(0, examples).map((example, index) => (
        <Text key={index} wrap="truncate-end">
          {'  − '}
          {example}
        </Text>
      ))}
    </Box>
  );
}
