import { Box, Text, useInput, useWindowSize } from 'ink';
import { useEffect, useMemo, useRef, useState } from 'react';
import { HelpOverlay } from './components/help-overlay.tsx';
import { ColourContext, Styled } from './components/theme.tsx';
import { availableScreens, reduceReviewKey, screenList } from './reduce-review-key.ts';
import { noModelMessage, type ReviewController } from './review-controller.ts';
import { restoreReviewUiState, savedReviewUiState, type ReviewUiState, type SavedReviewUiState, type ScreenName } from './review-ui-state.ts';
import { ClusterDetailScreen } from './screens/cluster-detail-screen.tsx';
import { ClustersScreen } from './screens/clusters-screen.tsx';
import { MetricsScreen } from './screens/metrics-screen.tsx';
import { OverviewScreen } from './screens/overview-screen.tsx';
import { PreferencesScreen } from './screens/preferences-screen.tsx';
import { PrinciplesScreen } from './screens/principles-screen.tsx';
import { modelRedraftPlanText, modelRedraftResultText } from './view-models/model-redraft-text.ts';
import { filterRows, indexArtefacts, reviewRows, type ReviewRows } from './view-models/review-rows.ts';
import { terminalText } from './view-models/terminal-text.ts';

const titles: Record<ScreenName, string> = { overview: 'Overview', clusters: 'Clusters', metrics: 'Metrics', principles: 'Principles', preferences: 'Pairs' };

export interface ReviewAppProps {
  controller: ReviewController;
  /** Called once when the user quits. */
  onExit: () => void;
  /** @default true */
  colour?: boolean;
}

/** The review TUI: one keyboard reducer over five screens; every decision goes to the controller at once. */
export function ReviewApp({ controller, onExit, colour = true }: ReviewAppProps) {
  const { columns, rows: terminalRows } = useWindowSize();
  const width = Math.max(40, columns);
  // One line short of the terminal: ink redraws a frame as tall as the screen by clearing it (flicker).
  const bodyHeight = Math.max(6, terminalRows - 4);
  const [model, setModel] = useState(controller.model);
  const lookups = useMemo(() => indexArtefacts(controller.model), [controller]);
  const rows = useMemo(() => reviewRows(model, lookups), [model, lookups]);
  const [ui, setUi] = useState<ReviewUiState>(() => validOpenCluster(restoreReviewUiState(controller.savedUiState), rows));
  const latest = useRef({ ui, rows });
  latest.current = { ui, rows };
  const saving = useRef<Promise<void>>(Promise.resolve());
  const nextSave = useRef<SavedReviewUiState | undefined>(undefined);

  // Where the user is, saved as they move; a burst of keys costs one write in flight plus the latest.
  useEffect(() => {
    const waiting = nextSave.current !== undefined;
    nextSave.current = savedReviewUiState(ui);
    if (waiting) return;
    saving.current = saving.current
      .then(() => {
        const saved = nextSave.current!;
        nextSave.current = undefined;
        return controller.saveUiState(saved);
      })
      .catch(() => undefined);
  }, [controller, ui.screen, ui.openClusterId, ui.cursors, ui.memberCursor]);

  const report = (message: string) => setUi((state) => ({ ...state, message }));
  const openClusterMembers = () => (latest.current.ui.openClusterId ? model.clusters.find((cluster) => cluster.id === latest.current.ui.openClusterId)?.aspectIds : undefined);
  // A split (or its undo) gives the open cluster a new id (ids are content hashes): stay in whichever cluster kept most of its members.
  const follow = (next: ReviewController['model'], members: readonly string[] | undefined) => {
    if (members) setUi((state) => (state.openClusterId && !next.clusters.some((cluster) => cluster.id === state.openClusterId) ? followOpenCluster(state, next.clusters, members) : state));
  };

  useInput((input, key) => {
    const result = reduceReviewKey(latest.current.ui, input, key, latest.current.rows, Math.max(1, bodyHeight - 3));
    latest.current = { ...latest.current, ui: result.state };
    setUi(result.state);
    const effect = result.effect;
    if (!effect) return;
    if (effect.type === 'quit') {
      void saving.current.then(onExit);
    } else if (effect.type === 'plan-model-redraft') {
      // Planning makes no call: it only estimates, so the confirmation shows at once.
      const plan = controller.planModelRedraft?.(effect.clusterId) ?? { unavailable: noModelMessage };
      const next: ReviewUiState = 'unavailable' in plan ? { ...result.state, message: plan.unavailable } : { ...result.state, mode: { kind: 'confirm-model-redraft', clusterId: effect.clusterId, plan: modelRedraftPlanText(plan) } };
      latest.current = { ...latest.current, ui: next };
      setUi(next);
    } else if (effect.type === 'model-redraft') {
      if (!controller.redraftWithModel) return report(noModelMessage);
      controller.redraftWithModel(effect.clusterId).then(
        (outcome) => {
          setModel(outcome.model);
          report(modelRedraftResultText(outcome.result));
        },
        (error: unknown) => report(`model redraft failed: ${errorText(error)}; offline draft kept`),
      );
    } else if (effect.type === 'undo') {
      const openMembers = openClusterMembers();
      controller.undo().then(
        (next) => {
          if (!next) return report('nothing to undo');
          setModel(next);
          follow(next, openMembers);
          report('undone');
        },
        (error: unknown) => report(`undo failed: ${errorText(error)}`),
      );
    } else {
      const openMembers = openClusterMembers();
      controller.decide(effect.action).then(
        (next) => {
          setModel(next);
          follow(next, openMembers);
          if (next.unmatched.length > model.unmatched.length) report(`did not apply: ${next.unmatched.at(-1)!.reason}`);
        },
        (error: unknown) => report(`not saved: ${errorText(error)}`),
      );
    }
  });

  const screens = availableScreens(rows);
  return (
    <ColourContext.Provider value={colour}>
      <Box flexDirection="column" width={width}>
        <Text wrap="truncate-end">
          {screens.map((screen, index) => {
            const label = `${index + 1} ${titles[screen]}${countOf(screen, rows)}`;
            return (
              <Text key={screen}>
                {screen === ui.screen ? <Styled tone="strong">[{label}]</Styled> : ` ${label} `}
                {' '}
              </Text>
            );
          })}
        </Text>
        <Box height={bodyHeight} flexDirection="column" overflow="hidden">
          {ui.mode.kind === 'help' ? <HelpOverlay width={width} /> : <ScreenBody ui={ui} rows={rows} width={width} height={bodyHeight} engineNote={model.artefacts.run?.engineNote} />}
        </Box>
        <Footer ui={ui} />
      </Box>
    </ColourContext.Provider>
  );
}

function ScreenBody({ ui, rows, width, height, engineNote }: { ui: ReviewUiState; rows: ReviewRows; width: number; height: number; engineNote: string | undefined }) {
  const list = screenList(ui, rows);
  const cursor = Math.min(ui.screen === 'clusters' && ui.openClusterId ? ui.memberCursor : ui.cursors[ui.screen], Math.max(0, list.length - 1));
  const query = ui.queries[ui.screen];
  switch (ui.screen) {
    case 'overview':
      return <OverviewScreen sections={rows.overview} width={width} {...(engineNote ? { engineNote: terminalText(engineNote) } : {})} />;
    case 'clusters': {
      const open = ui.openClusterId ? rows.clusters.find((cluster) => cluster.id === ui.openClusterId) : undefined;
      if (open) return <ClusterDetailScreen cluster={open} members={filterRows(rows.members(open.id), query)} cursor={cursor} selected={ui.selectedAspectIds} height={height} />;
      return <ClustersScreen rows={filterRows(rows.clusters, query)} cursor={cursor} height={height} {...(ui.mergeSourceId ? { mergeSourceId: ui.mergeSourceId } : {})} />;
    }
    case 'metrics':
      return <MetricsScreen rows={filterRows(rows.metrics, query)} cursor={cursor} height={height} />;
    case 'principles':
      return <PrinciplesScreen rows={filterRows(rows.principles, query)} cursor={cursor} height={height} />;
    case 'preferences':
      return <PreferencesScreen rows={filterRows(rows.preferences ?? [], query)} cursor={cursor} height={height} />;
  }
}

function Footer({ ui }: { ui: ReviewUiState }) {
  const { mode } = ui;
  const query = ui.queries[ui.screen];
  const line =
    mode.kind === 'search' ? (
      <Text wrap="truncate-start">/{mode.value}▏</Text>
    ) : mode.kind === 'prompt' ? (
      <Text wrap="truncate-start">
        <Styled tone="accent">{mode.label}:</Styled> {mode.value}▏ <Styled tone="dim">(enter saves, esc cancels)</Styled>
      </Text>
    ) : mode.kind === 'confirm-model-redraft' ? (
      <Text wrap="truncate-end">
        <Styled tone="accent">{terminalText(mode.plan)}</Styled>
      </Text>
    ) : (
      <Text wrap="truncate-end">{ui.message ? terminalText(ui.message) : query ? `filter: ${query} (esc clears)` : ' '}</Text>
    );
  return (
    <Box flexDirection="column">
      {line}
      <Text wrap="truncate-end">
        <Styled tone="dim">{mode.kind === 'confirm-model-redraft' ? 'y drafts with the model · any other key cancels (no call made)' : '? help · tab/1-5 screens · / search · u undo · q quit'}</Styled>
      </Text>
    </Box>
  );
}

function countOf(screen: ScreenName, rows: ReviewRows): string {
  if (screen === 'clusters') return ` (${rows.clusters.length})`;
  if (screen === 'metrics') return ` (${rows.metrics.filter((row) => row.status !== 'rejected').length})`;
  if (screen === 'principles') return ` (${rows.principles.filter((row) => row.status !== 'rejected').length})`;
  if (screen === 'preferences') return ` (${rows.preferences?.filter((row) => !row.dropped).length ?? 0})`;
  return '';
}

function followOpenCluster(state: ReviewUiState, clusters: readonly { id: string; aspectIds: readonly string[] }[], members: readonly string[]): ReviewUiState {
  const wanted = new Set(members);
  let best: { id: string; shared: number } | undefined;
  for (const cluster of clusters) {
    const shared = cluster.aspectIds.filter((id) => wanted.has(id)).length;
    if (shared > 0 && (!best || shared > best.shared)) best = { id: cluster.id, shared };
  }
  return best ? { ...state, openClusterId: best.id, memberCursor: 0 } : { ...state, openClusterId: undefined, memberCursor: 0 };
}

function validOpenCluster(state: ReviewUiState, rows: ReviewRows): ReviewUiState {
  if (!state.openClusterId || rows.clusters.some((cluster) => cluster.id === state.openClusterId)) return state;
  return { ...state, openClusterId: undefined, memberCursor: 0 };
}

function errorText(error: unknown): string {
  return terminalText(error instanceof Error ? error.message : String(error), 200);
}
