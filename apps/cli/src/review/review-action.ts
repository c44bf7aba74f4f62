/**
 * What a screen asks for, by the ids it shows. The session turns an action into an anchored review decision
 * (member feedback ids + content) before it is stored, so components never see anchors or files.
 */
export type ReviewAction =
  | { type: 'rename-cluster'; clusterId: string; name: string }
  /** Merge `sourceId` into `targetId`. */
  | { type: 'merge-clusters'; targetId: string; sourceId: string }
  | { type: 'split-cluster'; clusterId: string; aspectIds: readonly string[] }
  | { type: 'mark-noise'; clusterId: string }
  | { type: 'edit-metric'; metricId: string; field: 'name' | 'definition' | 'applicability'; value: string }
  | { type: 'reject-metric'; metricId: string }
  | { type: 'restore-metric'; metricId: string }
  | { type: 'accept-principle'; principleId: string }
  | { type: 'reject-principle'; principleId: string }
  | { type: 'restore-principle'; principleId: string }
  | { type: 'edit-principle'; principleId: string; text: string }
  | { type: 'move-principle'; principleId: string; offset: -1 | 1 }
  | { type: 'drop-pair'; pairId: string }
  | { type: 'edit-scope'; pairId: string; scope: string };

export type ReviewActionType = ReviewAction['type'];
