import type { ConvertNote } from '../ingest/converted.ts';

/** A feedback record before ids, validation and de-duplication, with notes for readable rejects. */
export interface FeedbackDraft {
  /** Feedback fields as found, possibly of the wrong type (validation reports them). */
  candidate: Record<string, unknown>;
  /** Input path each field came from, to name the column in messages. */
  sources: Record<string, string>;
  /** Input paths that were searched for the critique. */
  critiqueColumns: readonly string[];
  /** Rows from a score/feedback export: no text means "a rating only", not a broken row. */
  isScore: boolean;
  /** The categorical rating labels in use, lowest first, to name them when a rating is not one of them. */
  ratingScale?: readonly string[];
  /** Guesses and changes worth telling the user about a row that is kept (e.g. context text read as the prompt). */
  notes?: readonly ConvertNote[];
}

/** Which system's field names a row uses. */
export type FeedbackShape = 'generic' | 'langfuse' | 'langsmith';
