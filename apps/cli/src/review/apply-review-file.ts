import { readFile } from 'node:fs/promises';
import { reviewDecisionSchema, TenetsInvalidInputError, type ReviewDecision } from '@tenets/core';
import { safeParseJsonText } from '@tenets/formats';
import { z } from 'zod';
import { reviewActionSchema, type ReviewAction } from './review-action.ts';
import { openReviewSession } from './session/open-review-session.ts';

export interface ApplyReviewFileResult {
  runDir: string;
  applied: number;
  /** Decisions the run now holds in total (earlier ones included). */
  decisions: number;
  /** Decisions from the file that no longer match the run, with why (index into the file's list). */
  unmatched: { index: number; reason: string }[];
}

const storeTypes = new Set<string>(reviewDecisionSchema.options.map((option) => option.shape.type.value));
const fileSchema = z.preprocess((value) => (Array.isArray(value) ? { decisions: value } : value), z.object({ decisions: z.array(z.looseObject({ type: z.string() })) }).loose());

/**
 * `tenets review --apply decisions.json`: decisions from a file, stored like the TUI's. Entries are either
 * anchored decisions (review.json of another review: `cluster-merge`, `principle-edit`, …) or the TUI's id
 * actions (`merge-clusters`, `edit-principle`, … with the ids the artefacts show), applied in order.
 */
export async function applyReviewFile({ runDir, file }: { runDir: string; file: string }): Promise<ApplyReviewFileResult> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new TenetsInvalidInputError({ file, message: 'cannot read the decisions file', cause: error });
  }
  const json = safeParseJsonText(text);
  if (!json.success) throw new TenetsInvalidInputError({ file, message: `not valid JSON: ${json.error.message}` });
  const hint = 'Expected { "decisions": [ { "type": "reject-metric", "metricId": "…" }, … ] }; see docs/review.md.';
  const shape = fileSchema.safeParse(json.value);
  if (!shape.success) throw invalid(file, shape.error, hint, '');
  const entries = shape.data.decisions.map((entry, index): { decision: ReviewDecision } | { action: ReviewAction } => {
    const anchored = storeTypes.has(entry.type);
    const parsed = anchored ? reviewDecisionSchema.safeParse(entry) : reviewActionSchema.safeParse(entry);
    if (!parsed.success) throw invalid(file, parsed.error, hint, `decisions.${index}.`);
    return anchored ? { decision: parsed.data as ReviewDecision } : { action: parsed.data as ReviewAction };
  });
  const { controller } = await openReviewSession(runDir);
  let model = controller.model;
  const unmatched: ApplyReviewFileResult['unmatched'] = [];
  let applied = 0;
  for (const [index, entry] of entries.entries()) {
    const stored = model.decisions;
    try {
      model = 'decision' in entry ? await controller.record(entry.decision) : await controller.decide(entry.action);
    } catch (error) {
      // An id action naming nothing in this run is not stored (it has no anchor to store); it is reported.
      if (!TenetsInvalidInputError.isInstance(error)) throw error;
      unmatched.push({ index, reason: error.message });
      continue;
    }
    applied += 1;
    for (const entry of model.unmatched) if (entry.index === stored) unmatched.push({ index, reason: entry.reason });
  }
  return { runDir, applied, decisions: model.decisions, unmatched };
}

function invalid(file: string, error: z.ZodError, hint: string, prefix: string): TenetsInvalidInputError {
  const issue = error.issues[0]!;
  return new TenetsInvalidInputError({ file, field: `${prefix}${issue.path.join('.')}`, message: issue.message, hint });
}
