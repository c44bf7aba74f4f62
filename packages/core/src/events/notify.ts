import type { PipelineEvent, PipelineEventListener } from './pipeline-event.ts';

/** Calls a listener and swallows its errors: a broken reporter must never break a run. */
export async function notify(listener: PipelineEventListener | undefined, event: PipelineEvent): Promise<void> {
  if (!listener) return;
  try {
    await listener(event);
  } catch {
    // Deliberately ignored: see doc comment.
  }
}
