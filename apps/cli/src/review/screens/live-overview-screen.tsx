import { Box, Text } from 'ink';
import { describeSpend, formatElapsed, formatEta, formatItems, formatStageSpend } from '../../reporters/format-progress.ts';
import type { ProgressState, StageProgress } from '../../reporters/progress-state.ts';
import { Styled } from '../components/theme.tsx';
import { terminalText } from '../view-models/terminal-text.ts';

/**
 * The Overview while `tenets run --tui` is going: every stage so far with items done, its time (or the ETA at
 * the rate seen so far) and its spend, the spend so far, and the latest warnings. No pipeline logic: it draws
 * the progress state the reporter's events fold into.
 */
export function LiveOverviewScreen({ progress, width, height }: { progress: ProgressState; width: number; height: number }) {
  const spend = describeSpend(progress) ?? '—';
  // Header, column titles and spend take 4 rows; warnings get what the stages leave, the latest last.
  const stageRows = progress.stages.slice(-Math.max(1, height - 4));
  const notes = progress.lines.filter((line) => line.kind !== 'stage').slice(-Math.max(0, height - 4 - stageRows.length));
  return (
    <Box flexDirection="column" width={width}>
      <Text wrap="truncate-end">
        <Styled tone="accent">Run in progress</Styled> — the other screens open when it ends
      </Text>
      <Text wrap="truncate-end">
        <Styled tone="dim">{`  ${'stage'.padEnd(12)} ${'done'.padEnd(16)} ${'time'.padEnd(10)} spend`}</Styled>
      </Text>
      {stageRows.map((stage, index) => (
        <StageRow key={`${index}-${stage.stage}`} stage={stage} engine={progress.engine} />
      ))}
      <Text wrap="truncate-end">
        <Styled tone="accent">Spend so far</Styled> {spend}
      </Text>
      {notes.map((line) => (
        <Text key={line.key} wrap="truncate-end">
          <Styled tone={line.kind === 'info' ? 'dim' : line.kind === 'failure' ? 'bad' : 'warn'}>{line.kind === 'info' ? '·' : line.kind === 'failure' ? '✗' : '!'}</Styled> {terminalText(line.text)}
        </Text>
      ))}
    </Box>
  );
}

function StageRow({ stage, engine }: { stage: StageProgress; engine: ProgressState['engine'] }) {
  const running = stage.status === 'running';
  const time = running ? (stage.total > 0 ? formatEta(stage) : '…') : formatElapsed(stage.durationMs ?? 0);
  const done = running && stage.total > 0 ? `${formatItems(stage)} ${Math.round(Math.min(1, stage.completed / stage.total) * 100)}%` : formatItems(stage);
  return (
    <Text wrap="truncate-end">
      {running ? <Styled tone="accent">›</Styled> : <Styled tone="good">✓</Styled>} {terminalText(stage.stage).padEnd(12)} {done.padEnd(16)} {time.padEnd(10)} {formatStageSpend(stage, engine)}
    </Text>
  );
}
