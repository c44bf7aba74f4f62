import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feedbackSchema, groundOffline, type Aspect, type Feedback } from '@tenets/core';

export const trajectoryFixture = join(dirname(fileURLToPath(import.meta.url)), '../../../../../fixtures/agent-trajectories/feedback.jsonl');

export async function readTrajectoryFeedback(): Promise<Feedback[]> {
  const text = await readFile(trajectoryFixture, 'utf8');
  return text.trim().split('\n').map((line) => feedbackSchema.parse(JSON.parse(line)));
}

/** A temp run directory as `tenets run` would leave it (offline engine): feedback.jsonl and aspects.jsonl. */
export async function makeTrajectoryRun(): Promise<{ runDir: string; feedback: Feedback[]; aspects: Aspect[] }> {
  const runDir = await mkdtemp(join(tmpdir(), 'tenets-autolibra-'));
  const feedback = await readTrajectoryFeedback();
  const aspects = feedback.flatMap((record) => groundOffline(record));
  await writeFile(join(runDir, 'feedback.jsonl'), feedback.map((record) => JSON.stringify(record)).join('\n') + '\n');
  await writeFile(join(runDir, 'aspects.jsonl'), aspects.map((aspect) => JSON.stringify(aspect)).join('\n') + '\n');
  return { runDir, feedback, aspects };
}
