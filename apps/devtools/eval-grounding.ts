/**
 * `npm run eval:grounding`: what the offline grounding makes of each corpus — aspects, aspects per critique,
 * the share of aspects whose behaviour has fewer than three content words, the clauses it set aside (dropped or
 * attached as context, by kind) and a seeded sample of them to read. Corpora: the support and agent-trajectory
 * fixtures, a labelled fixture dir given with --fixture DIR (repeatable), FeedbackQA (WHO train) and the ILF
 * code critiques when ../shared/data holds them. See docs/offline-engine.md ("Behaviours, not fragments").
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentTokens, feedbackSchema, groundOfflineClauses, seededRandom, type Feedback } from '@tenets/core';
import { readFeedbackQaFiles, readIlf } from './eval/datasets.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const sampleSize = Number(flagValue('--sample') ?? 30);
const json = process.argv.includes('--json');

function flagValue(flag: string): string | undefined {
  const index = process.argv.indexOf(flag);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function readJsonl(file: string): Feedback[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => feedbackSchema.parse(JSON.parse(line)));
}

const corpora: Array<{ name: string; feedback: () => Feedback[] }> = [
  { name: 'support DEV', feedback: () => readJsonl(join(root, 'fixtures/support-assistant/feedback.jsonl')) },
  { name: 'agent-trajectories', feedback: () => readJsonl(join(root, 'fixtures/agent-trajectories/feedback.jsonl')) },
];
for (const [index, argument] of process.argv.entries()) {
  if (argument === '--fixture') corpora.push({ name: process.argv[index + 1]!, feedback: () => readJsonl(join(process.argv[index + 1]!, 'feedback.jsonl')) });
}
const shared = join(root, '..', '..', 'shared', 'data');
const sharedData = existsSync(shared) ? shared : join(root, '..', 'shared', 'data');
if (existsSync(join(sharedData, 'feedbackqa'))) corpora.push({ name: 'FeedbackQA WHO train', feedback: () => readFeedbackQaFiles(['WHO/feedback_train.json'], sharedData).feedback });
if (existsSync(join(sharedData, 'ilf-surge-annotations'))) corpora.push({ name: 'ILF code critiques', feedback: () => readIlf(sharedData).feedback });

const reports = corpora.map(({ name, feedback: read }) => {
  const feedback = read();
  const grounded = feedback.map((record) => groundOfflineClauses(record));
  const aspects = grounded.flatMap((result) => result.aspects);
  const setAside = grounded.flatMap((result, index) => result.setAside.map((clause) => ({ feedbackId: feedback[index]!.id, ...clause })));
  const byKind: Record<string, number> = {};
  for (const clause of setAside) byKind[`${clause.outcome} ${clause.kind}`] = (byKind[`${clause.outcome} ${clause.kind}`] ?? 0) + 1;
  // Greetings and thanks are not worth reading; every other clause set aside is, for a behaviour lost by mistake.
  const sample = (outcome: 'attached' | 'dropped') => {
    const random = seededRandom(42);
    return setAside
      .filter((clause) => clause.outcome === outcome && clause.kind !== 'filler')
      .map((clause) => ({ clause, key: random() }))
      .sort((left, right) => left.key - right.key)
      .slice(0, sampleSize)
      .map(({ clause }) => `${clause.kind.padEnd(14)} ${clause.feedbackId}: ${clause.quote}`);
  };
  return {
    name,
    critiques: feedback.length,
    aspects: aspects.length,
    aspectsPerCritique: aspects.length / feedback.length,
    shortAspectShare: aspects.filter((aspect) => contentTokens(aspect.behaviour).length < 3).length / Math.max(1, aspects.length),
    ungroundable: grounded.filter((result) => result.aspects.length === 0).length,
    setAside: byKind,
    dropped: sample('dropped'),
    attached: sample('attached'),
  };
});

if (json) process.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
else {
  for (const report of reports) {
    process.stdout.write(
      `\n== ${report.name}\ncritiques ${report.critiques}, aspects ${report.aspects} (${report.aspectsPerCritique.toFixed(2)} per critique), < 3 content words ${(report.shortAspectShare * 100).toFixed(1)}%, ungroundable ${report.ungroundable}\n` +
        `set aside: ${Object.entries(report.setAside).map(([kind, count]) => `${kind} ${count}`).join(', ') || 'none'}\n` +
        (report.dropped.length > 0 ? `${report.dropped.length} random dropped clauses (greetings and thanks left out):\n${report.dropped.map((line) => `  ${line}`).join('\n')}\n` : '') +
        (report.attached.length > 0 ? `${report.attached.length} random clauses attached as context:\n${report.attached.map((line) => `  ${line}`).join('\n')}\n` : ''),
    );
  }
}
