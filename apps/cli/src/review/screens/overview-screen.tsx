import { Box, Text } from 'ink';
import { Styled } from '../components/theme.tsx';
import type { OverviewSection } from '../view-models/overview-rows.ts';

/** Inputs, engine, counts on the left; usage, timings and review figures on the right. */
export function OverviewScreen({ sections, width, engineNote }: { sections: readonly OverviewSection[]; width: number; engineNote?: string }) {
  const half = Math.floor(width / 2);
  const columns = [sections.filter((section) => ['Inputs', 'Engine', 'Counts'].includes(section.title)), sections.filter((section) => !['Inputs', 'Engine', 'Counts'].includes(section.title))];
  return (
    <Box flexDirection="column" width={width}>
      {engineNote ? (
        <Text wrap="truncate-end">
          <Styled tone="dim">{engineNote}</Styled>
        </Text>
      ) : null}
      <Box>
        {columns.map((column, index) => (
          <Box key={index} flexDirection="column" width={half} paddingRight={2}>
            {column.map((section) => (
              <Box key={section.title} flexDirection="column">
                <Styled tone="accent">{section.title}</Styled>
                {section.rows.map((row) => (
                  <Text key={row.label} wrap="truncate-end">
                    {'  '}
                    {row.label.padEnd(11)} {row.value}
                  </Text>
                ))}
              </Box>
            ))}
          </Box>
        ))}
      </Box>
    </Box>
  );
}
