import { Box, Text } from 'ink';
import { reviewKeys } from '../review-keys.ts';
import { Styled } from './theme.tsx';

/** The `?` overlay: every key, grouped by screen, in two columns so it fits 80×24. Any key closes it. */
export function HelpOverlay({ width }: { width: number }) {
  const columns = [reviewKeys.slice(0, 2), reviewKeys.slice(2)];
  const columnWidth = Math.floor(width / 2);
  return (
    <Box flexDirection="column" width={width}>
      <Text>
        <Styled tone="strong">Keys</Styled> <Styled tone="dim">(any key closes)</Styled>
      </Text>
      <Box>
        {columns.map((groups, index) => (
          <Box key={index} flexDirection="column" width={columnWidth}>
            {groups.map((group) => (
              <Box key={group.section} flexDirection="column">
                <Styled tone="accent">{group.section}</Styled>
                {group.keys.map((entry) => (
                  <Text key={entry.key} wrap="truncate-end">
                    {' '}
                    {entry.key.padEnd(15)}
                    {entry.does}
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
