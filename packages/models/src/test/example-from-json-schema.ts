type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema | JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  definitions?: Record<string, JsonSchema>;
  minItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
  default?: unknown;
};

/**
 * A deterministic value that satisfies a JSON schema (the subset zod's `toJSONSchema` emits): every
 * property filled, arrays with max(minItems, 1) items, the first enum value, the first non-null union
 * member, strings named after their property. Used by the loopback server to answer structured calls
 * nobody scripted.
 */
export function exampleFromJsonSchema(schema: unknown, label = 'value'): unknown {
  const root = (schema ?? {}) as JsonSchema;
  return build(root, root, label, 0);
}

function build(schema: JsonSchema, root: JsonSchema, label: string, depth: number): unknown {
  if (depth > 12) return null;
  if (schema.$ref) return build(resolveRef(schema.$ref, root), root, label, depth + 1);
  if ('const' in schema) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  const union = schema.anyOf ?? schema.oneOf;
  if (union?.length) {
    const member = union.find((candidate) => candidate.type !== 'null') ?? union[0];
    return member ? build(member, root, label, depth + 1) : null;
  }
  if (schema.allOf?.length) return build(Object.assign({}, ...schema.allOf) as JsonSchema, root, label, depth + 1);
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : schema.properties ? ['object'] : [];
  const type = types.find((candidate) => candidate !== 'null') ?? types[0];
  switch (type) {
    case 'object':
      return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([name, property]) => [name, build(property, root, name, depth + 1)]));
    case 'array': {
      const itemSchema = Array.isArray(schema.items) ? schema.items[0] : schema.items;
      const count = Math.max(schema.minItems ?? 0, 1);
      return Array.from({ length: count }, (_, index) => build(itemSchema ?? {}, root, `${label} ${index + 1}`, depth + 1));
    }
    case 'string': {
      let text = `${label} example`;
      if (schema.minLength !== undefined && text.length < schema.minLength) text = text.padEnd(schema.minLength, '.');
      return schema.maxLength !== undefined ? text.slice(0, schema.maxLength) : text;
    }
    case 'integer':
    case 'number': {
      const minimum = schema.minimum ?? (schema.exclusiveMinimum === undefined ? undefined : schema.exclusiveMinimum + (type === 'integer' ? 1 : 0.5));
      const value = minimum ?? (schema.maximum !== undefined && schema.maximum < 1 ? schema.maximum : 1);
      return type === 'integer' ? Math.ceil(value) : value;
    }
    case 'boolean':
      return true;
    case 'null':
      return null;
    default:
      return `${label} example`;
  }
}

function resolveRef(reference: string, root: JsonSchema): JsonSchema {
  if (reference === '#') return root;
  const parts = reference.replace(/^#\//, '').split('/');
  let current: unknown = root;
  for (const part of parts) current = (current as Record<string, unknown> | undefined)?.[part.replaceAll('~1', '/').replaceAll('~0', '~')];
  return (current ?? {}) as JsonSchema;
}
