import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFeedbackQa, readIlf, readLabelledFixture } from './datasets.ts';

const root = resolve(import.meta.dirname, '../../..');
const sharedData = [process.env.TENETS_SHARED_DATA, resolve(root, '../shared/data'), resolve(root, '../../shared/data')].find(
  (path): path is string => path !== undefined && existsSync(resolve(path, 'feedbackqa')),
);

describe('eval datasets', () => {
  it('reads a labelled fixture with its README descriptions', () => {
    const dataset = readLabelledFixture('support-assistant', 'dev', resolve(root, 'fixtures/support-assistant'));
    expect(dataset.feedback).toHaveLength(360);
    expect(dataset.labels?.get('fb-0001')).toMatchObject({ behaviour: 'wrong-language', sign: 'negative' });
    expect(dataset.descriptions?.get('overly-long-answer')).toMatch(/short, direct answers/);
  });

  it.runIf(sharedData)('maps FeedbackQA ratings to signs without passing the rating to the engine (counts from ../shared/data/README.md)', () => {
    const dev = readFeedbackQa('dev', sharedData!);
    const signs = [...dev.labels!.values()].map((label) => label.sign);
    // WHO train + the four valid files: Excellent + Acceptable = 1,968, Bad = 1,242; "Could be Improved" is left out.
    expect(signs.filter((sign) => sign === 'positive')).toHaveLength(1968);
    expect(signs.filter((sign) => sign === 'negative')).toHaveLength(1242);
    expect(dev.feedback.every((record) => record.rating === undefined && record.context?.prompt !== undefined)).toBe(true);
    const report = readFeedbackQa('report', sharedData!);
    expect(report.feedback.some((record) => dev.labels!.has(record.id))).toBe(false);
    expect(readIlf(sharedData!).feedback).toHaveLength(195);
  });
});
