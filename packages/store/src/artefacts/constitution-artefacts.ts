import { candidatePrincipleSchema, constitutionSchema, constitutionSegmentsSchema, preferenceSchema, principleVoteSchema, testedConstitutionSchema } from '@tenets/core';
import { rejectSchema } from '@tenets/formats';
import { z } from 'zod';
import { defineArtefact } from '../artefact-definition.ts';

const tenetsConstitution = 'tenets constitution <files…|run-dir> --out <dir>';

/**
 * The constitution and its rendering. `tenets run` writes the drafted one (one principle per cluster, untested);
 * `tenets constitution` writes the tested one (ICAI: voted, selected jointly, reconstructed on held-out pairs),
 * with the pairs, candidates and votes it was computed from.
 */
export const constitutionArtefacts = {
  constitution: defineArtefact({
    file: 'constitution.json',
    format: 'json',
    // Tested first: it is the stricter shape (a drafted constitution has none of its figures).
    schema: z.union([testedConstitutionSchema, constitutionSchema]),
    schemaVersion: 1,
    producedBy: 'tenets run <files…> --out <run-dir>',
    derivedFrom: ['clusters', 'metrics', 'aspects', 'feedback'],
    description: 'Principles with their sources. From `tenets run`: drafted per cluster, untested. From `tenets constitution`: tested by voting, selected jointly, with agreement on held-out pairs.',
  }),
  'constitution-markdown': defineArtefact({ file: 'constitution.md', format: 'text', schema: z.string(), schemaVersion: 1, producedBy: 'tenets run <files…> --out <run-dir>', derivedFrom: ['constitution'], description: 'The constitution as Markdown (with its figures when tested), with the review applied when there is one.' }),
  preferences: defineArtefact({ file: 'preferences.jsonl', format: 'jsonl', schema: preferenceSchema, schemaVersion: 1, producedBy: tenetsConstitution, derivedFrom: [], description: 'The pairwise preferences read (ICAI CSV, AnnotatedPairs, TRL, canonical), one per line, ties kept.' }),
  'preference-rejects': defineArtefact({ file: 'preference-rejects.jsonl', format: 'jsonl', schema: rejectSchema, schemaVersion: 1, producedBy: tenetsConstitution, derivedFrom: [], description: 'Preference rows that were not read, with file, line, field and reason.' }),
  'constitution-candidates': defineArtefact({ file: 'candidates.jsonl', format: 'jsonl', schema: candidatePrincipleSchema, schemaVersion: 1, producedBy: tenetsConstitution, derivedFrom: ['preferences'], description: 'Every proposed principle after de-duplication: sources, prevalence, members.' }),
  'constitution-votes': defineArtefact({ file: 'votes.jsonl', format: 'jsonl', schema: principleVoteSchema, schemaVersion: 1, producedBy: tenetsConstitution, derivedFrom: ['constitution-candidates', 'preferences'], description: 'Every vote: pair, principle, choice, for/against/abstain/both/neither/invalid, flip, split.' }),
  'constitution-segments': defineArtefact({ file: 'constitution-segments.json', format: 'json', schema: constitutionSegmentsSchema, schemaVersion: 1, producedBy: `${tenetsConstitution} --split-by <field>`, derivedFrom: ['preferences'], description: 'One constitution per segment (in segments/<name>/) and how each reconstructs every other segment.' }),
};
