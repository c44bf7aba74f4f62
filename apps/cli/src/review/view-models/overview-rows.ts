import type { ReviewArtefacts } from '../review-artefacts.ts';
import { terminalText } from './terminal-text.ts';

export interface OverviewSection {
  title: string;
  rows: { label: string; value: string }[];
}

/** The Overview screen: inputs, engine and models, counts, tokens and spend, stage timings. */
export function overviewRows(artefacts: ReviewArtefacts): OverviewSection[] {
  const { run: manifest } = artefacts;
  const principles = artefacts.constitution?.principles.length;
  const sections: OverviewSection[] = [];
  sections.push({
    title: 'Inputs',
    rows: manifest && manifest.inputs.length > 0 ? manifest.inputs.map((input) => ({ label: formatBytes(input.bytes), value: terminalText(input.path) })) : [{ label: 'run', value: terminalText(artefacts.runDir) }],
  });
  sections.push({
    title: 'Engine',
    rows: [
      { label: 'engine', value: manifest?.engine ?? 'unknown' },
      ...(manifest?.models.language ? [{ label: 'model', value: terminalText(manifest.models.language) }] : []),
      ...(manifest?.models.embedding ? [{ label: 'embedding', value: terminalText(manifest.models.embedding) }] : []),
      ...(manifest ? [{ label: 'clusterer', value: terminalText(manifest.models.clusterer) }] : []),
    ],
  });
  sections.push({
    title: 'Counts',
    rows: [
      { label: 'critiques', value: String(artefacts.feedback.length) },
      { label: 'rejects', value: String(artefacts.rejects ?? manifest?.counts.rejected ?? 0) },
      { label: 'behaviours', value: String(artefacts.aspects.length) },
      { label: 'clusters', value: String(artefacts.clustering.clusters.length) },
      { label: 'noise', value: String(artefacts.clustering.noiseAspectIds.length) },
      { label: 'metrics', value: String(artefacts.metrics.length) },
      { label: 'principles', value: principles === undefined ? '—' : String(principles) },
      { label: 'pairs', value: artefacts.preferences === undefined ? '—' : String(artefacts.preferences.length) },
    ],
  });
  const total = manifest?.usage.total;
  sections.push({
    title: 'Usage',
    rows: [
      { label: 'calls', value: total ? `${total.calls} (${total.cachedCalls} cached, ${total.failedCalls} failed)` : '—' },
      { label: 'tokens', value: total ? `${total.totalTokens} (${total.inputTokens} in, ${total.outputTokens} out)` : '—' },
      { label: 'spend', value: total?.costUsd === undefined ? (total && total.calls === 0 ? '$0 (no model calls)' : 'unknown') : `$${total.costUsd.toFixed(4)}` },
    ],
  });
  sections.push({
    title: 'Timings',
    rows: Object.entries(manifest?.timings ?? {}).map(([stage, milliseconds]) => ({ label: stage, value: `${Math.round(milliseconds)} ms` })),
  });
  return sections;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
