export { fieldMapSchema, feedbackMapTargets, preferenceMapTargets, parseFieldMap, validateFieldMap, type FieldMap } from './field-map.ts';
export { getPath, setPath, withPath } from './dotted-path.ts';
