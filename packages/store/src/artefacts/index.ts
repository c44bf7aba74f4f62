import { autolibraArtefacts } from './autolibra-artefacts.ts';
import { constitutionArtefacts } from './constitution-artefacts.ts';
import { pipelineArtefacts } from './pipeline-artefacts.ts';
import { reviewArtefacts } from './review-artefacts.ts';

/**
 * Every artefact a run directory can hold, by name. A capability adds its own `<capability>-artefacts.ts`
 * and one line here; names must be unique (a test checks names and files).
 */
export const artefacts = {
  ...pipelineArtefacts,
  ...constitutionArtefacts,
  ...autolibraArtefacts,
  ...reviewArtefacts,
};

export type ArtefactRegistry = typeof artefacts;
export type ArtefactName = keyof ArtefactRegistry;
