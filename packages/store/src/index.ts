export { openRun, type OpenRunOptions } from './open-run.ts';
export { RunStore, manifestFile, type ArtefactLineage, type SafeReadResult } from './run-store.ts';
export { artefacts, type ArtefactName, type ArtefactRegistry } from './artefacts/index.ts';
export { defineArtefact, type ArtefactDefinition, type ArtefactFormat } from './artefact-definition.ts';
export type { ArtefactValue } from './artefact-value.ts';
export { findDownstream } from './find-downstream.ts';
export { migrateLegacyRun, legacyCommand } from './migrate-legacy-run.ts';
export { tenetsVersion } from './tool-version.ts';
