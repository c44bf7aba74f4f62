/**
 * Sign agreement of the offline grounding: support fixture (DEV by default) and FeedbackQA (DEV by default).
 * `--support DIR` scores another labelled fixture dir, `--feedbackqa DIR` reads FeedbackQA from DIR,
 * `--split report` reads FeedbackQA's test files (report once, never tune on them), `--json` prints JSON.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { critiqueSignAgreement, formatSignAgreement, readFeedbackQa, supportSignAgreement } from './eval/sign-agreement.ts';
import { readSupportFixture } from './eval/read-support-fixture.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const flag = (name: string) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
};
const supportDirectory = flag('--support') ?? join(root, 'fixtures', 'support-assistant');
const feedbackQaDirectory = flag('--feedbackqa') ?? join(root, '..', 'shared', 'data', 'feedbackqa');
const split = flag('--split') === 'report' ? 'report' : 'dev';

const { feedback, labels } = readSupportFixture(supportDirectory);
const support = supportSignAgreement(feedback, labels);
const feedbackQa = existsSync(feedbackQaDirectory) ? critiqueSignAgreement(readFeedbackQa(split, feedbackQaDirectory)) : undefined;

if (process.argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify({ supportDirectory, support, feedbackQaDirectory, split, feedbackQa }, null, 2)}\n`);
} else {
  const lines = [
    `Support fixture ${supportDirectory}:`,
    `  first aspect vs primary label:   ${formatSignAgreement(support.firstAspect)}`,
    `  critique sign vs primary label:  ${formatSignAgreement(support.critique)}`,
    `  per aspect vs its behaviour:     ${formatSignAgreement(support.perAspect)}`,
    feedbackQa ? `FeedbackQA ${split} (${feedbackQaDirectory}), critique sign vs rating:\n  ${formatSignAgreement(feedbackQa)}` : `FeedbackQA: not found at ${feedbackQaDirectory}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
