import type { Key } from 'ink';
import type { ReviewAction } from './review-action.ts';
import { screenNames, type PromptPurpose, type ReviewUiState, type ScreenName } from './review-ui-state.ts';
import { filterRows, type ReviewRows } from './view-models/review-rows.ts';

export type KeyPress = Partial<Pick<Key, 'upArrow' | 'downArrow' | 'pageUp' | 'pageDown' | 'home' | 'end' | 'return' | 'escape' | 'tab' | 'shift' | 'backspace' | 'delete' | 'ctrl' | 'meta'>>;

export type ReviewEffect =
  | { type: 'decision'; action: ReviewAction }
  | { type: 'undo' }
  | { type: 'quit' }
  /** Ask the controller for the calls and cost of a model redraft (no call yet). */
  | { type: 'plan-model-redraft'; clusterId: string }
  /** The user confirmed: redraft with the model. */
  | { type: 'model-redraft'; clusterId: string };

export interface ReduceReviewKeyResult {
  state: ReviewUiState;
  effect?: ReviewEffect;
}

/** The screens that exist for this run (preference data only when the run has some). */
export function availableScreens(rows: Pick<ReviewRows, 'preferences'>): ScreenName[] {
  return screenNames.filter((name) => name !== 'preferences' || rows.preferences !== undefined);
}

/** The list the cursor of a screen moves over, after its search filter. */
export function screenList(state: ReviewUiState, rows: ReviewRows, screen: ScreenName = state.screen): readonly { searchText: string; id?: string; aspectId?: string }[] {
  const query = state.queries[screen];
  if (screen === 'clusters' && state.openClusterId) return filterRows(rows.members(state.openClusterId), query);
  if (screen === 'clusters') return filterRows(rows.clusters, query);
  if (screen === 'metrics') return filterRows(rows.metrics, query);
  if (screen === 'principles') return filterRows(rows.principles, query);
  if (screen === 'preferences') return filterRows(rows.preferences ?? [], query);
  return [];
}

/**
 * All keyboard handling of the review as one pure function: key in, next UI state and at most one effect out
 * (a decision to store, undo, quit). Screens only draw; this decides what a key means where.
 */
export function reduceReviewKey(state: ReviewUiState, input: string, key: KeyPress, rows: ReviewRows, page = 10): ReduceReviewKeyResult {
  const { mode } = state;
  if (mode.kind === 'help') return { state: { ...state, mode: { kind: 'browse' } } };
  if (mode.kind === 'search') return searchKey(state, mode.value, input, key);
  if (mode.kind === 'prompt') return promptKey(state, mode, input, key);
  if (mode.kind === 'confirm-model-redraft') {
    const browse = { ...state, mode: { kind: 'browse' } } as ReviewUiState;
    if (input === 'y' && !key.ctrl) return { state: { ...browse, message: 'drafting with the model…' }, effect: { type: 'model-redraft', clusterId: mode.clusterId } };
    return { state: { ...browse, message: 'model redraft cancelled: no call made' } };
  }
  const next = { ...state, message: undefined } as ReviewUiState;

  if (input === 'q' && !key.ctrl) return { state: next, effect: { type: 'quit' } };
  if (input === 'c' && key.ctrl) return { state: next, effect: { type: 'quit' } };
  if (input === '?') return { state: { ...next, mode: { kind: 'help' } } };
  if (input === 'u') return { state: next, effect: { type: 'undo' } };
  const screens = availableScreens(rows);
  if (key.tab) {
    const at = screens.indexOf(state.screen);
    return { state: { ...next, screen: screens[(at + (key.shift ? screens.length - 1 : 1)) % screens.length]! } };
  }
  if (/^[1-5]$/u.test(input)) {
    const screen = screens[Number(input) - 1];
    return { state: screen ? { ...next, screen } : { ...next, message: `no screen ${input}` } };
  }
  if (input === '/' && state.screen !== 'overview') return { state: { ...next, mode: { kind: 'search', value: state.queries[state.screen] ?? '' } } };
  if (key.escape) return { state: escape(next) };

  const list = screenList(state, rows);
  const moved = move(next, list.length, input, key, page);
  if (moved) return { state: moved };
  const cursor = Math.min(currentCursor(state), Math.max(0, list.length - 1));
  const row = list[cursor];
  if (!row) return { state: next };
  return screenKey(next, input, key, rows, row);
}

function currentCursor(state: ReviewUiState): number {
  return state.screen === 'clusters' && state.openClusterId ? state.memberCursor : state.cursors[state.screen];
}

function withCursor(state: ReviewUiState, cursor: number): ReviewUiState {
  if (state.screen === 'clusters' && state.openClusterId) return { ...state, memberCursor: cursor };
  return { ...state, cursors: { ...state.cursors, [state.screen]: cursor } };
}

function move(state: ReviewUiState, count: number, input: string, key: KeyPress, page: number): ReviewUiState | undefined {
  const cursor = Math.min(currentCursor(state), Math.max(0, count - 1));
  let target: number | undefined;
  if (key.downArrow || input === 'j') target = cursor + 1;
  else if (key.upArrow || input === 'k') target = cursor - 1;
  else if (key.pageDown) target = cursor + page;
  else if (key.pageUp) target = cursor - page;
  else if (key.home || input === 'g') target = 0;
  else if (key.end || input === 'G') target = count - 1;
  if (target === undefined) return undefined;
  return withCursor(state, Math.max(0, Math.min(count - 1, target)));
}

function escape(state: ReviewUiState): ReviewUiState {
  if (state.queries[state.screen]) return { ...state, queries: { ...state.queries, [state.screen]: undefined }, ...(state.screen === 'clusters' && state.openClusterId ? {} : { cursors: { ...state.cursors, [state.screen]: 0 } }) };
  if (state.selectedAspectIds.length > 0) return { ...state, selectedAspectIds: [] };
  if (state.mergeSourceId) return { ...state, mergeSourceId: undefined, message: 'merge cancelled' };
  if (state.openClusterId) return { ...state, openClusterId: undefined, memberCursor: 0, selectedAspectIds: [] };
  return state;
}

function searchKey(state: ReviewUiState, value: string, input: string, key: KeyPress): ReduceReviewKeyResult {
  const screen = state.screen;
  if (key.escape) return { state: { ...state, mode: { kind: 'browse' }, queries: { ...state.queries, [screen]: undefined } } };
  if (key.return) return { state: { ...state, mode: { kind: 'browse' } } };
  const nextValue = key.backspace || key.delete ? value.slice(0, -1) : key.ctrl || key.meta || key.upArrow || key.downArrow || key.tab ? value : value + input;
  // The list filters as you type; the cursor goes back to the first match.
  return { state: withCursor({ ...state, mode: { kind: 'search', value: nextValue }, queries: { ...state.queries, [screen]: nextValue } }, 0) };
}

function promptKey(state: ReviewUiState, mode: Extract<ReviewUiState['mode'], { kind: 'prompt' }>, input: string, key: KeyPress): ReduceReviewKeyResult {
  if (key.escape) return { state: { ...state, mode: { kind: 'browse' }, message: 'edit cancelled' } };
  if (key.backspace || key.delete) return { state: { ...state, mode: { ...mode, value: mode.value.slice(0, -1) } } };
  if (!key.return) return { state: key.ctrl || key.meta || key.upArrow || key.downArrow || key.tab ? state : { ...state, mode: { ...mode, value: mode.value + input.replace(/[\p{Cc}]/gu, '') } } };
  const value = mode.value.trim();
  const browse = { ...state, mode: { kind: 'browse' } } as ReviewUiState;
  if (!value) return { state: { ...browse, message: 'empty text: nothing changed' } };
  const action = promptAction(mode.purpose, mode.targetId, value);
  return { state: { ...browse, message: `${mode.label}: saved` }, effect: { type: 'decision', action } };
}

function promptAction(purpose: PromptPurpose, targetId: string, value: string): ReviewAction {
  switch (purpose) {
    case 'rename-cluster':
      return { type: 'rename-cluster', clusterId: targetId, name: value };
    case 'edit-metric-name':
      return { type: 'edit-metric', metricId: targetId, field: 'name', value };
    case 'edit-metric-definition':
      return { type: 'edit-metric', metricId: targetId, field: 'definition', value };
    case 'edit-metric-applicability':
      return { type: 'edit-metric', metricId: targetId, field: 'applicability', value };
    case 'edit-principle':
      return { type: 'edit-principle', principleId: targetId, text: value };
    case 'edit-scope':
      return { type: 'edit-scope', pairId: targetId, scope: value };
  }
}

function prompt(state: ReviewUiState, purpose: PromptPurpose, targetId: string, label: string, value: string): ReduceReviewKeyResult {
  return { state: { ...state, mode: { kind: 'prompt', purpose, targetId, label, value } } };
}

function decide(state: ReviewUiState, action: ReviewAction, message: string): ReduceReviewKeyResult {
  return { state: { ...state, message }, effect: { type: 'decision', action } };
}

function screenKey(state: ReviewUiState, input: string, key: KeyPress, rows: ReviewRows, row: { id?: string; aspectId?: string }): ReduceReviewKeyResult {
  if (state.screen === 'clusters') {
    if (state.openClusterId) {
      const clusterId = state.openClusterId;
      const cluster = rows.clusters.find((candidate) => candidate.id === clusterId);
      if (input === ' ' && row.aspectId) {
        const selected = state.selectedAspectIds.includes(row.aspectId) ? state.selectedAspectIds.filter((id) => id !== row.aspectId) : [...state.selectedAspectIds, row.aspectId];
        return { state: { ...state, selectedAspectIds: selected } };
      }
      if (input === 's') {
        if (state.selectedAspectIds.length === 0) return { state: { ...state, message: 'select members with space first' } };
        return decide({ ...state, selectedAspectIds: [] }, { type: 'split-cluster', clusterId, aspectIds: [...state.selectedAspectIds].sort() }, `split ${state.selectedAspectIds.length} member(s) off; redrafted offline`);
      }
      if (input === 'r' && cluster) return prompt(state, 'rename-cluster', clusterId, 'rename cluster', cluster.name);
      if (input === 'n') return decide({ ...state, openClusterId: undefined, memberCursor: 0 }, { type: 'mark-noise', clusterId }, 'marked as noise');
      if (input === 'D') return { state, effect: { type: 'plan-model-redraft', clusterId } };
      return { state };
    }
    const cluster = rows.clusters.find((candidate) => candidate.id === row.id);
    if (!cluster) return { state };
    if (key.return) return { state: { ...state, openClusterId: cluster.id, memberCursor: 0, selectedAspectIds: [] } };
    if (input === 'r') return prompt(state, 'rename-cluster', cluster.id, 'rename cluster', cluster.name);
    if (input === 'n') return decide(state, { type: 'mark-noise', clusterId: cluster.id }, `“${cluster.name}” marked as noise`);
    if (input === 'D') return { state, effect: { type: 'plan-model-redraft', clusterId: cluster.id } };
    if (input === 'm') {
      if (!state.mergeSourceId) return { state: { ...state, mergeSourceId: cluster.id, message: `merge “${cluster.name}” into…? move and press m (esc cancels)` } };
      if (state.mergeSourceId === cluster.id) return { state: { ...state, mergeSourceId: undefined, message: 'merge cancelled' } };
      return decide({ ...state, mergeSourceId: undefined }, { type: 'merge-clusters', targetId: cluster.id, sourceId: state.mergeSourceId }, `merged into “${cluster.name}”; redrafted offline`);
    }
    return { state };
  }
  if (state.screen === 'metrics') {
    const metric = rows.metrics.find((candidate) => candidate.id === row.id);
    if (!metric) return { state };
    if (input === 'x' && metric.status !== 'rejected') return decide(state, { type: 'reject-metric', metricId: metric.id }, `rejected “${metric.name}”`);
    if (input === 'o' && metric.status === 'rejected') return decide(state, { type: 'restore-metric', metricId: metric.id }, `restored “${metric.name}”`);
    if (metric.status === 'rejected') return { state: input === 'r' || input === 'e' || input === 'a' ? { ...state, message: 'restore it first (o)' } : state };
    if (input === 'r') return prompt(state, 'edit-metric-name', metric.id, 'metric name', metric.name);
    if (input === 'e') return prompt(state, 'edit-metric-definition', metric.id, 'definition', metric.definition);
    if (input === 'a') return prompt(state, 'edit-metric-applicability', metric.id, 'applicability', metric.applicability ?? '');
    return { state };
  }
  if (state.screen === 'principles') {
    const principle = rows.principles.find((candidate) => candidate.id === row.id);
    if (!principle) return { state };
    if (principle.status === 'rejected') return input === 'o' ? decide(state, { type: 'restore-principle', principleId: principle.id }, 'restored') : { state };
    if (key.return) return decide(state, { type: 'accept-principle', principleId: principle.id }, 'accepted');
    if (input === 'x') return decide(state, { type: 'reject-principle', principleId: principle.id }, 'rejected');
    if (input === 'e') return prompt(state, 'edit-principle', principle.id, 'principle', principle.text);
    if (input === 'K' || input === 'J') {
      const offset = input === 'K' ? -1 : 1;
      const cursor = state.cursors.principles + offset;
      // The cursor follows the moved principle, unless a search filter makes positions ambiguous.
      const follows = !state.queries.principles && cursor >= 0 && cursor < rows.principles.filter((candidate) => candidate.status !== 'rejected').length;
      return decide(follows ? { ...state, cursors: { ...state.cursors, principles: cursor } } : state, { type: 'move-principle', principleId: principle.id, offset }, offset < 0 ? 'moved up' : 'moved down');
    }
    return { state };
  }
  if (state.screen === 'preferences') {
    const pair = rows.preferences?.find((candidate) => candidate.id === row.id);
    if (!pair) return { state };
    if (input === 'x' && !pair.dropped) return decide(state, { type: 'drop-pair', pairId: pair.id }, 'pair dropped');
    if (input === 's') return prompt(state, 'edit-scope', pair.id, 'scope', pair.scope);
  }
  return { state };
}
