import { constitutionSchema } from '@tenets/core';
import { z } from 'zod';
import { defineArtefact } from '../artefact-definition.ts';

/** The constitution and its rendering. */
export const constitutionArtefacts = {
  constitution: defineArtefact({ file: 'constitution.json', format: 'json', schema: constitutionSchema, schemaVersion: 1, producedBy: 'tenets run <files…> --out <run-dir>', derivedFrom: ['clusters', 'metrics', 'aspects', 'feedback'], description: 'Principles with their supporting critiques, linked to clusters and metrics.' }),
  'constitution-markdown': defineArtefact({ file: 'constitution.md', format: 'text', schema: z.string(), schemaVersion: 1, producedBy: 'tenets run <files…> --out <run-dir>', derivedFrom: ['constitution'], description: 'The constitution as Markdown, with the review applied when there is one.' }),
};
