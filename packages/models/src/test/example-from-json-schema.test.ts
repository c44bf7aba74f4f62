import { describe, expect, it } from 'vitest';
import { exampleFromJsonSchema } from './example-from-json-schema.ts';

describe('exampleFromJsonSchema', () => {
  it('fills objects, arrays, enums, unions, refs and bounds', () => {
    const schema = {
      type: 'object',
      properties: {
        name: { type: 'string', minLength: 20 },
        tags: { type: 'array', items: { $ref: '#/$defs/tag' }, minItems: 2 },
        sign: { enum: ['negative', 'positive'] },
        note: { anyOf: [{ type: 'null' }, { type: 'string', maxLength: 4 }] },
        weight: { type: 'number', exclusiveMinimum: 0, maximum: 0.5 },
        confident: { type: 'boolean' },
      },
      $defs: { tag: { type: 'object', properties: { label: { type: 'string' }, count: { type: 'integer' } } } },
    };
    expect(exampleFromJsonSchema(schema)).toMatchInlineSnapshot(`
      {
        "confident": true,
        "name": "name example........",
        "note": "note",
        "sign": "negative",
        "tags": [
          {
            "count": 1,
            "label": "label example",
          },
          {
            "count": 1,
            "label": "label example",
          },
        ],
        "weight": 0.5,
      }
    `);
  });
});
