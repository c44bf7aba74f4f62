import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feedbackSchema, groundOffline, type Aspect, type Feedback } from '@tenets/core';
import { openRun } from '@tenets/store';

export const trajectoryFixture = join(dirname(fileURLToPath(import.meta.url)), '../../../../../fixtures/agent-trajectories/feedback.jsonl');

export async function readTrajectoryFeedback(): Promise<Feedback[]> {
  const text = await readFile(trajectoryFixture, 'utf8');
  return text.trim().split('\n').map((line) => feedbackSchema.parse(JSON.parse(line)));
}

/** A temp run directory with the feedback and offline-grounded aspects `tenets run` would write. */
export async function makeTrajectoryRun(): Promise<{ runDir: string; feedback: Feedback[]; aspects: Aspect[] }> {
  const runDir = await mkdtemp(join(tmpdir(), 'tenets-autolibra-'));
  const feedback = await readTrajectoryFeedback();
  const aspects = feedback.flatMap((record) => groundOffline(record));
  const run = await openRun(runDir, { create: true });
  await run.write('feedback', feedback, { command: 'test fixture' });
  await run.write('aspects', aspects, { command: 'test fixture', derivedFrom: ['feedback'] });
  return { runDir, feedback, aspects };
}
