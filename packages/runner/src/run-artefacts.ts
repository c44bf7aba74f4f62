/** File names inside a run directory. One place, so writers, readers and docs agree. */
export const runArtefacts = {
  manifest: 'manifest.json',
  feedback: 'feedback.jsonl',
  rejects: 'rejects.jsonl',
  aspects: 'aspects.jsonl',
  clusters: 'clusters.json',
  metrics: 'metrics.json',
  constitution: 'constitution.json',
  constitutionMarkdown: 'constitution.md',
  failures: 'failures.jsonl',
} as const;
