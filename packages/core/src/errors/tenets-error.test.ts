import { describe, expect, it } from 'vitest';
import { TenetsArtefactError, TenetsBudgetError, TenetsConfigError, TenetsError, TenetsInvalidInputError, TenetsModelError } from './index.ts';

describe('the TenetsError family', () => {
  it('is recognised by marker, even across copies of the package', () => {
    const foreign = Object.assign(new Error('from another copy'), { [Symbol.for('tenets.error')]: true });
    expect(TenetsError.isInstance(foreign)).toBe(true);
    expect(TenetsError.isInstance(new Error('plain'))).toBe(false);
    for (const error of [new TenetsConfigError({ message: 'm' }), new TenetsModelError({ message: 'm', reason: 'parse_error' }), new TenetsBudgetError({ spentUsd: 1, limitUsd: 1 })]) {
      expect(TenetsError.isInstance(error)).toBe(true);
    }
  });

  it('gives every subclass its own isInstance, recognised across package copies too', () => {
    const errors = {
      config: new TenetsConfigError({ message: 'm' }),
      model: new TenetsModelError({ message: 'm', reason: 'parse_error' }),
      budget: new TenetsBudgetError({ spentUsd: 1, limitUsd: 1 }),
      input: new TenetsInvalidInputError({ message: 'm' }),
      artefact: new TenetsArtefactError({ message: 'm', file: 'runs/x/metrics.json', problem: 'missing' }),
    };
    const checks = {
      config: TenetsConfigError.isInstance,
      model: TenetsModelError.isInstance,
      budget: TenetsBudgetError.isInstance,
      input: TenetsInvalidInputError.isInstance,
      artefact: TenetsArtefactError.isInstance,
    };
    const matrix = Object.fromEntries(Object.entries(checks).map(([name, check]) => [name, Object.entries(errors).filter(([, error]) => check(error)).map(([kind]) => kind)]));
    expect(matrix).toEqual({ config: ['config'], model: ['model'], budget: ['budget'], input: ['input'], artefact: ['artefact'] });
    const foreignBudget = Object.assign(new Error('copy'), { [Symbol.for('tenets.error')]: true, [Symbol.for('tenets.error.budget')]: true });
    expect([TenetsBudgetError.isInstance(foreignBudget), TenetsConfigError.isInstance(foreignBudget)]).toEqual([true, false]);
    expect(TenetsConfigError.isInstance(new TenetsError({ message: 'base only' }))).toBe(false);
  });

  it('names file, line and field of bad input in the message', () => {
    const error = new TenetsInvalidInputError({ message: 'critique must be a non-empty string', file: 'logs/a.jsonl', line: 12, field: 'critique' });
    expect(error.message).toBe('logs/a.jsonl, line 12, field "critique": critique must be a non-empty string');
    expect([error.file, error.line, error.field]).toEqual(['logs/a.jsonl', 12, 'critique']);
  });

  it('says how to continue after a budget stop', () => {
    const error = new TenetsBudgetError({ spentUsd: 1.5, limitUsd: 2 });
    expect(error.message).toBe('Cost budget reached: $1.5000 spent of $2.0000.');
    expect(error.hint).toContain('--resume');
  });
});
