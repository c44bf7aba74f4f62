import type { z } from 'zod';
import type { ArtefactDefinition } from './artefact-definition.ts';
import type { ArtefactName, ArtefactRegistry } from './artefacts/index.ts';

/** The value `run.read(name)` returns and `run.write(name, value)` takes: records for `jsonl`, else the schema's output. */
export type ArtefactValue<NAME extends ArtefactName> =
  ArtefactRegistry[NAME] extends ArtefactDefinition<infer SCHEMA, infer FORMAT> ? (FORMAT extends 'jsonl' ? z.output<SCHEMA>[] : z.output<SCHEMA>) : never;
