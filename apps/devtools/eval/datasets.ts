import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { feedbackSchema, type Feedback, type Sign } from '@tenets/core';

/**
 * The datasets `npm run eval` reports on. DEV splits are the ones thresholds were tuned on; REPORT splits
 * (held-out logs generated with other seeds, FeedbackQA's test files) were not looked at while tuning.
 */
export type Split = 'dev' | 'report';

export interface EvalLabel {
  /** The critique's primary behaviour (clustering is scored against it), absent for data with only a sign. */
  behaviour?: string;
  sign: Sign;
  /** Every behaviour the critique mentions, with its sign (synthetic fixtures only). */
  behaviours?: Array<{ behaviour: string; sign: Sign }>;
  /** The question's topic (reasoning-critiques) or the task's scenario (agent-trajectories), when the labels name one. */
  topic?: string;
}

export interface EvalDataset {
  name: string;
  split: Split;
  source: string;
  synthetic: boolean;
  feedback: Feedback[];
  /** By feedback id; absent for unlabelled data. */
  labels?: Map<string, EvalLabel>;
  /** Behaviour slug → the README's description of it (both signs), for checking that names fit. */
  descriptions?: Map<string, string>;
}

const fixtureLabel = z.object({
  id: z.string(),
  behaviour: z.string(),
  sign: z.enum(['positive', 'negative']),
  behaviours: z.array(z.object({ behaviour: z.string(), sign: z.enum(['positive', 'negative']) })).optional(),
  topic: z.string().optional(),
  scenario: z.string().optional(),
});

const lines = (path: string) => readFileSync(path, 'utf8').split('\n').filter((line) => line.trim().length > 0);

/** A labelled synthetic fixture directory (`feedback.jsonl`, `labels.jsonl`; descriptions from the README next to it). */
export function readLabelledFixture(name: string, split: Split, directory: string, readmeDirectory = directory): EvalDataset {
  const feedback = lines(join(directory, 'feedback.jsonl')).map((line) => feedbackSchema.parse(JSON.parse(line)));
  const labels = new Map(
    lines(join(directory, 'labels.jsonl'))
      .map((line) => fixtureLabel.parse(JSON.parse(line)))
      .map(({ topic, scenario, ...label }): [string, EvalLabel] => [label.id, { ...label, ...(topic ?? scenario ? { topic: topic ?? scenario } : {}) }]),
  );
  const missing = feedback.find((record) => !labels.has(record.id));
  if (missing) throw new Error(`${directory}: feedback ${missing.id} has no label`);
  const descriptions = new Map<string, string>();
  const readme = join(readmeDirectory, 'README.md');
  if (existsSync(readme)) {
    // Behaviour table rows: | `slug` | negative description | positive description |
    for (const match of readFileSync(readme, 'utf8').matchAll(/^\|\s*`([a-z0-9-]+)`\s*\|(.*)\|\s*$/gmu)) descriptions.set(match[1]!, match[2]!.replace(/\|/g, ' '));
  }
  return { name, split, source: directory, synthetic: true, feedback, labels, descriptions };
}

const feedbackQaItem = z.object({
  question: z.string(),
  passage: z.object({ reference: z.object({ section_content: z.string() }) }),
  feedback: z.array(z.string()),
  rating: z.array(z.string()),
});

export const feedbackQaFiles: Record<Split, string[]> = {
  dev: ['WHO/feedback_train.json', 'Australia/feedback_valid.json', 'CDC/feedback_valid.json', 'UK/feedback_valid.json', 'WHO/feedback_valid.json'],
  report: ['Australia/feedback_test.json', 'CDC/feedback_test.json', 'UK/feedback_test.json', 'WHO/feedback_test.json'],
};

/**
 * FeedbackQA (real crowd critiques of answers to COVID-19 questions). Each feedback text becomes one critique with the
 * question as prompt and the rated passage as response; the rating is the label, never passed to the engine:
 * Excellent/Acceptable → positive, Bad → negative, "Could be Improved" left out.
 */
export function readFeedbackQa(split: Split, dataDirectory: string): EvalDataset {
  return readFeedbackQaFiles(feedbackQaFiles[split], dataDirectory, split);
}

/** The same for given files of `feedbackqa/` (e.g. `['WHO/feedback_train.json']`). */
export function readFeedbackQaFiles(files: readonly string[], dataDirectory: string, split: Split = 'dev'): EvalDataset {
  const feedback: Feedback[] = [];
  const labels = new Map<string, EvalLabel>();
  for (const file of files) {
    const items = z.array(feedbackQaItem).parse(JSON.parse(readFileSync(join(dataDirectory, 'feedbackqa', file), 'utf8')));
    items.forEach((item, itemIndex) =>
      item.feedback.forEach((critique, index) => {
        const rating = item.rating[index];
        const sign: Sign | undefined = rating === 'Excellent' || rating === 'Acceptable' ? 'positive' : rating === 'Bad' ? 'negative' : undefined;
        if (!sign || critique.trim().length === 0) return;
        const id = `${file.replace(/\.json$/u, '')}#${itemIndex}.${index}`;
        feedback.push(feedbackSchema.parse({ id, critique, context: { prompt: item.question, response: item.passage.reference.section_content } }));
        labels.set(id, { sign });
      }),
    );
  }
  return { name: 'feedbackqa', split, source: join(dataDirectory, 'feedbackqa'), synthetic: false, feedback, labels };
}

const ilfRow = z.object({ task_id: z.number(), prompt: z.string(), Feedback: z.string(), original_model_completion: z.string() });

/** ILF's human comments on incorrect programs (no labels: counts, rules and names only). All are criticisms. */
export function readIlf(dataDirectory: string): EvalDataset {
  const rows = lines(join(dataDirectory, 'ilf-surge-annotations', 'surge_annotations.jsonl')).map((line) => ilfRow.parse(JSON.parse(line)));
  const feedback = rows.map((row) => feedbackSchema.parse({ id: `mbpp-${row.task_id}`, critique: row.Feedback, context: { prompt: row.prompt, response: row.original_model_completion } }));
  return { name: 'ilf-code', split: 'report', source: join(dataDirectory, 'ilf-surge-annotations'), synthetic: false, feedback };
}

/** Every dataset present on this machine: fixture held-out splits exist only once generated. */
export function evalDatasets(repositoryRoot: string, dataDirectory: string): EvalDataset[] {
  const fixtures = join(repositoryRoot, 'fixtures');
  const datasets: EvalDataset[] = [];
  for (const fixture of ['support-assistant', 'reasoning-critiques', 'agent-trajectories']) {
    const directory = join(fixtures, fixture);
    if (existsSync(join(directory, 'labels.jsonl'))) datasets.push(readLabelledFixture(fixture, 'dev', directory));
    if (existsSync(join(directory, 'heldout', 'labels.jsonl'))) {
      const report = readLabelledFixture(fixture, 'report', join(directory, 'heldout'), directory);
      const dev = datasets.find((dataset) => dataset.name === fixture && dataset.split === 'dev');
      datasets.push(dev ? withoutCritiquesOf(report, dev) : report);
    }
  }
  if (existsSync(join(dataDirectory, 'feedbackqa'))) datasets.push(readFeedbackQa('dev', dataDirectory), readFeedbackQa('report', dataDirectory));
  if (existsSync(join(dataDirectory, 'ilf-surge-annotations'))) datasets.push(readIlf(dataDirectory));
  return datasets;
}

/**
 * The held-out log without the critiques whose text also occurs in DEV: the same generator with another seed writes some
 * short critiques twice ("too long"), and those were, in effect, tuned on.
 */
export function withoutCritiquesOf(report: EvalDataset, dev: EvalDataset): EvalDataset {
  const seen = new Set(dev.feedback.map((record) => record.critique.trim().toLowerCase()));
  return { ...report, feedback: report.feedback.filter((record) => !seen.has(record.critique.trim().toLowerCase())) };
}
