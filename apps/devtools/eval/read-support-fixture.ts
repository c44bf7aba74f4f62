import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { feedbackSchema, type Feedback } from '@tenets/core';

const labelSchema = z.object({
  id: z.string(),
  behaviour: z.string(),
  sign: z.enum(['positive', 'negative']),
  behaviours: z.array(z.object({ behaviour: z.string(), sign: z.enum(['positive', 'negative']) })),
  style: z.string(),
});
export type FixtureLabel = z.infer<typeof labelSchema>;

/** The synthetic support-assistant log and its generating labels, validated, in file order. */
export function readSupportFixture(directory: string): { feedback: Feedback[]; labels: Map<string, FixtureLabel> } {
  const lines = (file: string) => readFileSync(join(directory, file), 'utf8').split('\n').filter((line) => line.trim().length > 0);
  const feedback = lines('feedback.jsonl').map((line) => feedbackSchema.parse(JSON.parse(line)));
  const labels = new Map(lines('labels.jsonl').map((line) => labelSchema.parse(JSON.parse(line))).map((label) => [label.id, label]));
  const unlabelled = feedback.filter((record) => !labels.has(record.id));
  if (unlabelled.length > 0) throw new Error(`${unlabelled.length} feedback record(s) have no label, e.g. ${unlabelled[0]!.id}`);
  return { feedback, labels };
}
