import { getPath, setPath } from '../map/dotted-path.ts';
import type { FieldMap } from '../map/field-map.ts';
import { coerceJsonCell, coerceMetadata, isBlankValue } from './coerce.ts';
import type { FeedbackDraft } from './feedback-draft.ts';
import { ruleFor } from './generic-feedback.ts';
import { readScalarContext } from './read-scalar-context.ts';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function coercerFor(target: string): (value: unknown) => unknown {
  if (target === 'metadata') return coerceMetadata;
  if (target === 'context') return coerceJsonCell;
  if (target.startsWith('metadata.')) return (value) => value;
  return ruleFor(target)?.coerce ?? ((value) => value);
}

/**
 * Applies `--map to=from` on top of what the shape found: a mapped field always comes from its column,
 * even when that column is empty in a row (then the field is absent). Mapped columns leave generic metadata.
 */
export function applyFieldMap(draft: FeedbackDraft, row: Record<string, unknown>, map: FieldMap, removeFromMetadata: boolean): FeedbackDraft {
  const entries = Object.entries(map);
  if (entries.length === 0) return draft;
  const candidate = draft.candidate;
  const sources = { ...draft.sources };
  let critiqueColumns = draft.critiqueColumns;
  const notes = [...(draft.notes ?? [])];
  for (const [target, sourcePath] of entries) {
    const raw = getPath(row, sourcePath);
    let value = isBlankValue(raw) ? undefined : coercerFor(target)(raw);
    if (target === 'context' && value !== undefined && !isRecord(value)) {
      // Text mapped to `context` as a whole: placed as for a `context` column (see readScalarContext).
      const context: Record<string, unknown> = {};
      const scalar = readScalarContext(value, context, sources, sourcePath);
      notes.push(...scalar.notes);
      value = scalar.unplaced ?? context;
    } else if (target === 'metadata' && value !== undefined && !isRecord(value)) value = { value };
    setPath(candidate, target, value);
    sources[target] = sourcePath;
    if (target === 'critique') critiqueColumns = [sourcePath];
    const metadata = candidate.metadata;
    if (removeFromMetadata && typeof metadata === 'object' && metadata !== null && !target.startsWith('metadata')) {
      delete (metadata as Record<string, unknown>)[sourcePath.split('.')[0]];
    }
  }
  const context = candidate.context;
  if (typeof context === 'object' && context !== null && Object.keys(context).length === 0) delete candidate.context;
  return { ...draft, candidate, sources, critiqueColumns, ...(notes.length > 0 ? { notes } : {}) };
}
