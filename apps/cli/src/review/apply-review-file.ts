import { readFile } from 'node:fs/promises';
import { TenetsInvalidInputError } from '@tenets/core';
import { safeParseJsonText } from '@tenets/formats';
import { reviewActionsFileSchema } from './review-action.ts';
import { openReviewSession } from './session/open-review-session.ts';

export interface ApplyReviewFileResult {
  runDir: string;
  applied: number;
  /** Decisions the run now holds in total (earlier ones included). */
  decisions: number;
  /** Decisions from the file that no longer match the run, with why. */
  unmatched: { index: number; reason: string }[];
  constitution: string;
}

/** `tenets review --apply decisions.json`: the TUI's decisions from a file, stored the same way, for scripts. */
export async function applyReviewFile({ runDir, file }: { runDir: string; file: string }): Promise<ApplyReviewFileResult> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new TenetsInvalidInputError({ file, message: 'cannot read the decisions file', cause: error });
  }
  const json = safeParseJsonText(text);
  if (!json.success) throw new TenetsInvalidInputError({ file, message: `not valid JSON: ${json.error.message}` });
  const parsed = reviewActionsFileSchema.safeParse(json.value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new TenetsInvalidInputError({ file, field: issue.path.join('.'), message: issue.message, hint: 'Expected { "decisions": [ { "type": "reject-metric", "metricId": "…" }, … ] }; see docs/review.md.' });
  }
  const { controller } = await openReviewSession(runDir);
  let model = controller.model;
  const before = model.decisions;
  for (const action of parsed.data.decisions) model = await controller.decide(action);
  const unmatched = model.unmatched.filter((entry) => entry.index >= before).map((entry) => ({ index: entry.index - before, reason: entry.reason }));
  return { runDir, applied: parsed.data.decisions.length, decisions: model.decisions, unmatched, constitution: 'constitution.md' };
}
