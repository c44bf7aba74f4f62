import type { Aspect, Feedback } from '@tenets/core';
import type { RunStore } from '@tenets/store';

/** The run's feedback and grounded aspects, read and validated through the store. */
export async function readRunInputs(run: RunStore): Promise<{ feedback: Feedback[]; aspects: Aspect[] }> {
  const feedback = await run.read('feedback');
  const aspects = await run.read('aspects');
  return { feedback, aspects };
}
