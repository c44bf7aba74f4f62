export { fieldMapSchema, feedbackMapTargets, preferenceMapTargets, parseFieldMap, validateFieldMap, type FieldMap } from './field-map.ts';
export { getPath, setPath } from './dotted-path.ts';
