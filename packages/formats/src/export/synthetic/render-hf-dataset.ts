import type { SynthesisRecord } from '@tenets/core';
import { Document } from 'yaml';
import { c3poLossWeights, toTrlPromptCompletionRow } from './render-trl-sft.ts';
import { toTrlPreferenceRow } from './render-trl.ts';
import { toJsonl, verifiedAnchors, verifiedPairs, type SyntheticExportFile, type SyntheticExportInput } from './synthetic-export-input.ts';

export interface HfDatasetExportOptions {
  /** `pretty_name` in the card. @default "Tenets scoped preference data" */
  name?: string;
}

type Config = { name: string; files: Array<{ split: 'train' | 'test'; path: string; rows: unknown[]; records: SynthesisRecord[] }> };

/**
 * `hf-dataset`: a Hugging Face dataset folder. Configs `in_scope_preference` (conversational preference rows),
 * `near_scope_anchor` and `out_of_scope_anchor` (conversational prompt–completion), `eval_prompts` (every test
 * prompt with its scope); `metadata.jsonl` ties each row to its record (principle, category, verification,
 * checks, models); README.md declares the configs in its YAML and states the provenance.
 */
export function renderHfDataset(input: SyntheticExportInput, options: HfDatasetExportOptions = {}): SyntheticExportFile[] {
  const pairs = verifiedPairs(input.records);
  const bySplit = <RECORD extends SynthesisRecord>(name: string, records: readonly RECORD[], toRow: (record: RECORD) => unknown): Config => ({
    name,
    files: (['train', 'test'] as const)
      .map((split) => {
        const chosen = records.filter((record) => record.split === split);
        return { split, path: `${name}/${split}.jsonl`, rows: chosen.map(toRow), records: chosen as SynthesisRecord[] };
      })
      .filter((file) => file.rows.length > 0),
  });
  const testPrompts = input.records.filter((record) => record.split === 'test' && record.verification.passed);
  const configs = [
    bySplit('in_scope_preference', pairs, (record) => toTrlPreferenceRow(record, { conversational: true })),
    bySplit('near_scope_anchor', verifiedAnchors(input.records, 'near'), (record) => toTrlPromptCompletionRow(record, { conversational: true })),
    bySplit('out_of_scope_anchor', verifiedAnchors(input.records, 'out'), (record) => toTrlPromptCompletionRow(record, { conversational: true })),
    bySplit('eval_prompts', testPrompts, (record) => ({ id: record.id, principle_id: record.principleId, scope: record.scope, category: record.category, prompt: [{ role: 'user', content: record.prompt }] })),
  ].filter((config) => config.files.length > 0);

  const files: SyntheticExportFile[] = configs.flatMap((config) => config.files.map((file) => ({ path: file.path, content: toJsonl(file.rows) })));
  const metadata = configs.flatMap((config) =>
    config.files.flatMap((file) =>
      file.records.map((record, index) => ({
        config: config.name,
        split: file.split,
        index,
        id: record.id,
        principle_id: record.principleId,
        scope: record.scope,
        category: record.category,
        origin: record.origin,
        models: record.models,
        verification: record.verification,
        checks: record.checks,
      })),
    ),
  );
  files.push({ path: 'metadata.jsonl', content: toJsonl(metadata) });
  files.push({ path: 'README.md', content: renderCard(input, configs, options.name ?? 'Tenets scoped preference data') });
  return files;
}

function renderCard(input: SyntheticExportInput, configs: readonly Config[], name: string): string {
  const front = new Document({
    pretty_name: name,
    tags: ['tenets', 'c3po', 'synthetic', 'preference'],
    configs: configs.map((config) => ({ config_name: config.name, data_files: config.files.map((file) => ({ split: file.split, path: file.path })) })),
  });
  const counts = input.counts ?? {};
  const rows = (config: string, split: string) => configs.find((entry) => entry.name === config)?.files.find((file) => file.split === split)?.rows.length ?? 0;
  const droppedIn = ['revised-does-not-follow', 'baseline-already-follows', 'verifier-unscored', 'check-revised-fails', 'check-baseline-passes', 'revision-failed', 'revision-truncated', 'revision-unchanged'].reduce((sum, reason) => sum + (counts[`dropped.${reason}`] ?? 0), 0);
  const droppedAnchors = (counts['dropped.anchor-affected'] ?? 0) + (counts['dropped.anchor-unscored'] ?? 0);
  const pairsKept = verifiedPairs(input.records).length;
  const anchorsKept = verifiedAnchors(input.records).length;
  const rate = (kept: number, dropped: number) => (kept + dropped === 0 ? 'n/a' : `${kept}/${kept + dropped} (${((100 * kept) / (kept + dropped)).toFixed(1)}%)`);
  const lines = [
    `---\n${front.toString().trimEnd()}\n---`,
    '',
    `# ${name}`,
    '',
    'Scoped synthetic preference data in the manner of C3PO (RLVF, arXiv 2402.10893): DPO pairs where a principle applies, and anchors that keep behaviour unchanged where it does not. Generated with Tenets.',
    input.engine === 'offline' ? '\n**Offline engine:** pairs come only from the log (two logged responses to one prompt); prompts without responses need a model and are not in the data files.' : '',
    '',
    '## Subsets',
    '',
    '| config | train | test |',
    '|---|---|---|',
    ...configs.map((config) => `| \`${config.name}\` | ${rows(config.name, 'train')} | ${rows(config.name, 'test')} |`),
    '',
    `Training (paper Eq. 5): DPO on \`in_scope_preference\` with β = ${c3poLossWeights.beta}, plus per-token-mean NLL on \`out_of_scope_anchor\` (λ1 = ${c3poLossWeights.outOfScope}) and \`near_scope_anchor\` (λ2 = ${c3poLossWeights.nearScope}). Without a joint trainer: SFT on the anchors, then DPO.`,
    '',
    '## Provenance',
    '',
    '### Principles',
    '',
    ...input.scopes.map((scope) => `- \`${scope.principleId}\`: ${oneLine(scope.principle)}\n  - domain: ${oneLine(scope.domain)}; effect: ${oneLine(scope.effect)} (${scope.polarity}; scope from ${scope.source})`),
    '',
    ...(input.checks && input.checks.length > 0 ? ['### Derived checks', '', ...input.checks.map((check) => `- \`${check.principleId}\`: ${check.description} (${check.source})`), ''] : []),
    '### Models',
    '',
    ...(['generator', 'policy', 'reviser', 'verifier'] as const).filter((role) => input.models[role]).map((role) => `- ${role}: \`${input.models[role]}\``),
    '',
    '### Verification',
    '',
    `- in-scope pairs kept: ${rate(pairsKept, droppedIn)} (the verifier confirmed each in both presentation orders; derived checks agreed where present)`,
    `- anchors kept: ${rate(anchorsKept, droppedAnchors)} (the verifier found the principle leaves them alone)`,
    ...Object.entries(counts)
      .filter(([key]) => key.startsWith('dropped.'))
      .map(([key, value]) => `- dropped, ${key.slice('dropped.'.length)}: ${value}`),
    '',
    '`metadata.jsonl` gives, for each row (config, split, index), its record id, principle, category, origin, models, verification verdicts and check results.',
    '',
    '## Licence',
    '',
    'Synthetic data: the terms of use of the generator, policy and reviser models listed above apply to their outputs.',
    '',
  ];
  return lines.join('\n');
}

function oneLine(text: string): string {
  return text.replaceAll(/\s+/g, ' ').trim();
}
