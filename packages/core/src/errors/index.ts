export { TenetsError, type TenetsErrorOptions } from './tenets-error.ts';
export { TenetsInvalidInputError } from './tenets-invalid-input-error.ts';
export { TenetsConfigError } from './tenets-config-error.ts';
export { TenetsModelError, type ModelFailureReason } from './tenets-model-error.ts';
export { TenetsBudgetError } from './tenets-budget-error.ts';
export { TenetsArtefactError, type ArtefactProblem } from './tenets-artefact-error.ts';
