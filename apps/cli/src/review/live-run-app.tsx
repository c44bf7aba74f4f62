import { Box, Text, useInput, useWindowSize } from 'ink';
import { useSyncExternalStore } from 'react';
import { ColourContext, Styled } from './components/theme.tsx';
import type { LiveRunStore } from './live-run-store.ts';
import { ReviewApp } from './review-app.tsx';
import { LiveOverviewScreen } from './screens/live-overview-screen.tsx';

export interface LiveRunAppProps {
  store: LiveRunStore;
  /** Called once when the user quits the review. */
  onExit: () => void;
  /** Ctrl-C while the run is going (stdin is raw, so the terminal sends no SIGINT): stop the run. */
  onInterrupt: () => void;
  /** @default true */
  colour?: boolean;
}

/**
 * `tenets run --tui`: the review's Overview shows the live progress while the run is going; when the run's
 * artefacts are written the review opens over them (every screen, every key). Until then only Ctrl-C acts.
 */
export function LiveRunApp({ store, onExit, onInterrupt, colour = true }: LiveRunAppProps) {
  const { progress, phase } = useSyncExternalStore(store.subscribe, store.snapshot);
  if (phase.kind === 'review') return <ReviewApp controller={phase.controller} colour={colour} onExit={onExit} />;
  return <RunningOverview progress={progress} colour={colour} onInterrupt={onInterrupt} />;
}

function RunningOverview({ progress, colour, onInterrupt }: { progress: ReturnType<LiveRunStore['snapshot']>['progress']; colour: boolean; onInterrupt: () => void }) {
  const { columns, rows: terminalRows } = useWindowSize();
  const width = Math.max(40, columns);
  // The same frame as the review: a tab line, the body, two footer lines, one line short of the terminal.
  const bodyHeight = Math.max(6, terminalRows - 4);
  useInput((input, key) => {
    if (key.ctrl && input === 'c') onInterrupt();
  });
  return (
    <ColourContext.Provider value={colour}>
      <Box flexDirection="column" width={width}>
        <Text wrap="truncate-end">
          <Styled tone="strong">[1 Overview]</Styled> <Styled tone="dim"> 2 Clusters   3 Metrics   4 Principles  (when the run ends)</Styled>
        </Text>
        <Box height={bodyHeight} flexDirection="column" overflow="hidden">
          <LiveOverviewScreen progress={progress} width={width} height={bodyHeight} />
        </Box>
        <Text> </Text>
        <Text wrap="truncate-end">
          <Styled tone="dim">the review opens when the run ends · ctrl-c stops the run</Styled>
        </Text>
      </Box>
    </ColourContext.Provider>
  );
}
