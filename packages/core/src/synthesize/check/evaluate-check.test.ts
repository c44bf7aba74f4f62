import { describe, expect, it } from 'vitest';
import { checkSpecSchema, type CheckSpecInput } from '../schemas/check-spec.ts';
import { evaluateCheck } from './evaluate-check.ts';

const run = (spec: CheckSpecInput, text: string) => evaluateCheck(checkSpecSchema.parse(spec), text);

describe('evaluateCheck', () => {
  it('interprets every kind of spec', () => {
    expect(run({ kind: 'regex', pattern: '\\p{Extended_Pictographic}', flags: 'u', expect: 'no-match' }, 'Thanks 🙂 see you 🎉')).toEqual({ passed: false, detail: '2 matches of /\\p{Extended_Pictographic}/u' });
    expect(run({ kind: 'regex', pattern: '\\p{Extended_Pictographic}', flags: 'u', expect: 'no-match' }, 'Order #12 is late.').passed).toBe(true);
    expect(run({ kind: 'contains-all', values: ['Order', 'refund'] }, 'Your order qualifies for a REFUND.')).toEqual({ passed: true, detail: 'found "Order", "refund"' });
    expect(run({ kind: 'contains-all', values: ['order', 'refund'], caseSensitive: true }, 'Your order qualifies for a REFUND.').passed).toBe(false);
    expect(run({ kind: 'contains-any', values: ['refund', 'replacement'] }, 'We send a replacement.').passed).toBe(true);
    expect(run({ kind: 'contains-none', values: ['unfortunately'] }, 'Unfortunately not.')).toEqual({ passed: false, detail: 'found "unfortunately"' });
    expect(run({ kind: 'starts-with', value: 'dear' }, '  Dear Ms Lee,\nthanks.').passed).toBe(true);
    expect(run({ kind: 'ends-with', value: 'Best regards' }, 'Thanks.\nBest regards').passed).toBe(true);
    expect(run({ kind: 'length', unit: 'words', max: 3 }, 'one two three four')).toEqual({ passed: false, detail: '4 words' });
    expect(run({ kind: 'length', unit: 'chars', min: 2, max: 4 }, ' 🙂ab ')).toEqual({ passed: true, detail: '3 chars' });
    expect(run({ kind: 'language', language: 'fr' }, 'Merci pour votre message, nous avons bien reçu la commande.')).toEqual({ passed: true, detail: 'detected fr' });
    expect(run({ kind: 'language', language: 'fr' }, 'Thank you for your message, we have your order.')).toEqual({ passed: false, detail: 'detected en' });
  });

  it('refuses a spec that is not data it can interpret', () => {
    expect(checkSpecSchema.safeParse({ kind: 'regex', pattern: '(unclosed', expect: 'match' }).success).toBe(false);
    expect(checkSpecSchema.safeParse({ kind: 'regex', pattern: 'a', flags: 'gy', expect: 'match' }).success).toBe(false);
    expect(checkSpecSchema.safeParse({ kind: 'code', source: 'return true' }).success).toBe(false);
  });
});
