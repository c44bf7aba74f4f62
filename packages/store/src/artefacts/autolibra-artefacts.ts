import { judgementsSummarySchema, matchSchema, metricSearchFileSchema, metricSetFileSchema, traitSchema } from '@tenets/core';
import { rubricsJsonFileSchema } from '@tenets/formats';
import { z } from 'zod';
import { defineArtefact } from '../artefact-definition.ts';

const tenetsMetrics = 'tenets metrics <run-dir>';
const tenetsJudge = 'tenets judge <run-dir> --items <file>';

/** What the AutoLibra commands write: the induced metric set, its search and evaluation, judgements, exports. */
export const autolibraArtefacts = {
  'metric-set': defineArtefact({ file: 'metric-set.json', format: 'json', schema: metricSetFileSchema, schemaVersion: 1, producedBy: tenetsMetrics, derivedFrom: ['aspects', 'feedback'], description: 'The induced metric set (AutoLibra), with its held-out measurement; a second artefact beside the per-cluster metrics.' }),
  'metric-search': defineArtefact({ file: 'metrics-search.json', format: 'json', schema: metricSearchFileSchema, schemaVersion: 1, producedBy: tenetsMetrics, derivedFrom: ['aspects', 'feedback'], description: 'Every candidate set of the search for N, the table and the stop reason.' }),
  matches: defineArtefact({ file: 'matches.jsonl', format: 'jsonl', schema: matchSchema, schemaVersion: 1, producedBy: tenetsMetrics, derivedFrom: ['metric-set', 'aspects'], description: 'Every aspect ↔ metric decision on the held-out items.' }),
  ratings: defineArtefact({ file: 'ratings.jsonl', format: 'jsonl', schema: traitSchema, schemaVersion: 1, producedBy: tenetsMetrics, derivedFrom: ['metric-set', 'feedback'], description: "The judge's ratings of the held-out items on the chosen set." }),
  judgements: defineArtefact({ file: 'judgements.jsonl', format: 'jsonl', schema: traitSchema, schemaVersion: 1, producedBy: tenetsJudge, derivedFrom: ['metrics'], description: 'Ratings of the given items on the run’s metrics.' }),
  'judgements-summary': defineArtefact({ file: 'judgements-summary.json', format: 'json', schema: judgementsSummarySchema, schemaVersion: 1, producedBy: tenetsJudge, derivedFrom: ['judgements'], description: 'Per-metric pass, N/A and unscored rates of the judgements.' }),
  'promptfoo-export': defineArtefact({ file: 'metrics.promptfoo.yaml', format: 'text', schema: z.string(), schemaVersion: 1, producedBy: 'tenets export <run-dir> --format promptfoo', derivedFrom: ['metrics'], description: 'The metrics as promptfoo llm-rubric assertions.' }),
  'rubrics-export': defineArtefact({ file: 'metrics.rubrics.json', format: 'json', schema: rubricsJsonFileSchema, schemaVersion: 1, producedBy: 'tenets export <run-dir> --format rubrics-json', derivedFrom: ['metrics'], description: 'The metrics as plain JSON rubrics for any judge.' }),
};
