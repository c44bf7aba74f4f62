export { renderRubricText, type RubricTextOptions } from './rubric-text.ts';
export { promptfooAssertionSchema, promptfooAssertionsFileSchema, type PromptfooAssertion, type PromptfooAssertionsFile } from './promptfoo-assertion.ts';
export { toPromptfooAssertions, renderPromptfooAssertions, type PromptfooExportOptions } from './render-promptfoo-assertions.ts';
export { toRubricsJson, jsonRubricSchema, rubricsJsonFileSchema, rubricsJsonVersion, type JsonRubric, type RubricsJsonFile, type RubricsJsonOptions } from './rubrics-json.ts';
export { parsePromptfooAssertions, safeParsePromptfooAssertions, type SafeParsePromptfooAssertionsResult } from './parse-promptfoo-assertions.ts';
export * from './annotated-pairs/index.ts';
export * from './synthetic/index.ts';
