/** File names the AutoLibra commands read and write inside a run directory. */
export const autolibraArtefacts = {
  feedback: 'feedback.jsonl',
  aspects: 'aspects.jsonl',
  /** The chosen metric set (replaces the per-cluster metrics `tenets run` drafts). */
  metrics: 'metrics.json',
  metricsSearch: 'metrics-search.json',
  /** Every aspect ↔ metric decision on the held-out items. */
  matches: 'matches.jsonl',
  /** The judge's ratings of the held-out items for the chosen set. */
  ratings: 'ratings.jsonl',
  judgements: 'judgements.jsonl',
  judgementsSummary: 'judgements-summary.json',
  promptfoo: 'metrics.promptfoo.yaml',
  rubricsJson: 'metrics.rubrics.json',
} as const;
