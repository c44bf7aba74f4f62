export { principleScopeSchema, type PrincipleScope, type ScopeOverride } from './principle-scope.ts';
export { checkSpecSchema, derivedCheckSchema, checkResultSchema, type CheckSpec, type CheckSpecInput, type DerivedCheck, type CheckResult } from './check-spec.ts';
export {
  synthesisScopeSchema,
  synthesisRoleSchema,
  generatedResponseSchema,
  orderVerdictSchema,
  verificationSchema,
  synthesisRecordSchema,
  dropReasonSchema,
  droppedItemSchema,
  type SynthesisScope,
  type SynthesisRole,
  type GeneratedResponse,
  type OrderVerdict,
  type Verification,
  type SynthesisRecord,
  type SynthesisRecordInput,
  type DropReason,
  type DroppedItem,
} from './synthesis-record.ts';
export { synthesisCategorySchema, synthesisPromptSchema, type SynthesisCategory, type SynthesisPrompt, type SynthesisPromptInput } from './synthesis-prompt.ts';
export { synthesisSizesSchema, resolveSynthesisSizes, type SynthesisSizes, type SynthesisSizesInput } from './synthesis-sizes.ts';
export { scopeConflictSchema, type ScopeConflict } from './scope-conflict.ts';
export { synthesisSummarySchema, synthesisFailureSchema, synthesisScoresSchema, type SynthesisSummary, type SynthesisScoresFile } from './synthesis-summary.ts';
