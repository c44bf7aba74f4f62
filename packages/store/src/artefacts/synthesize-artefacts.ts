import { droppedItemSchema, synthesisFailureSchema, synthesisPromptSchema, synthesisRecordSchema, synthesisScoresSchema, synthesisSummarySchema } from '@tenets/core';
import { defineArtefact } from '../artefact-definition.ts';

const tenetsSynth = 'tenets synth <run-dir | "feedback" | principles-file> --out <dir>';

/** What `tenets synth` and `tenets synth-eval` write: scoped preference data (C3PO) and its evaluation. */
export const synthesizeArtefacts = {
  synth: defineArtefact({ file: 'synth.json', format: 'json', schema: synthesisSummarySchema, schemaVersion: 1, producedBy: tenetsSynth, derivedFrom: [], description: 'Scopes (domain, effect), derived checks, categories, conflicts, which model played which role, counts.' }),
  'synth-prompts': defineArtefact({ file: 'synth-prompts.jsonl', format: 'jsonl', schema: synthesisPromptSchema, schemaVersion: 1, producedBy: tenetsSynth, derivedFrom: ['synth'], description: 'In-, near- and out-of-scope prompts kept after de-duplication.' }),
  'synth-records': defineArtefact({ file: 'synth-records.jsonl', format: 'jsonl', schema: synthesisRecordSchema, schemaVersion: 1, producedBy: tenetsSynth, derivedFrom: ['synth-prompts'], description: 'Verified pairs and anchors (and, offline, prompt-only records), with verdicts, checks, models and split.' }),
  'synth-dropped': defineArtefact({ file: 'synth-dropped.jsonl', format: 'jsonl', schema: droppedItemSchema, schemaVersion: 1, producedBy: tenetsSynth, derivedFrom: ['synth-prompts'], description: 'Prompts and pairs dropped, each with its reason.' }),
  'synth-failures': defineArtefact({ file: 'synth-failures.jsonl', format: 'jsonl', schema: synthesisFailureSchema, schemaVersion: 1, producedBy: tenetsSynth, derivedFrom: ['synth'], description: 'Model calls of the synthesis that gave no usable answer, with the raw reply.' }),
  'synth-eval': defineArtefact({ file: 'synth-eval.json', format: 'json', schema: synthesisScoresSchema, schemaVersion: 1, producedBy: 'tenets synth-eval <run-dir> --outputs <file>', derivedFrom: ['synth-records'], description: 'S_in, S_out, S_overall of a tuned model on the test prompts.' }),
};
