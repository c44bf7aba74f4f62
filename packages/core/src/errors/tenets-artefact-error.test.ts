import { describe, expect, it } from 'vitest';
import { TenetsArtefactError, TenetsError, TenetsInvalidInputError } from './index.ts';

describe('TenetsArtefactError', () => {
  it('names the file and the regenerating command, and has its own isInstance', () => {
    const error = new TenetsArtefactError({ file: 'clusters.json', artefact: 'clusters', problem: 'missing', message: 'the run has no clusters artefact', command: 'tenets run <files…> --out <run-dir>' });
    expect(error.message).toBe('clusters.json: the run has no clusters artefact. Regenerate it with `tenets run <files…> --out <run-dir>`.');
    expect([TenetsError.isInstance(error), TenetsArtefactError.isInstance(error), TenetsInvalidInputError.isInstance(error), TenetsArtefactError.isInstance(new TenetsInvalidInputError({ message: 'm' }))]).toEqual([true, true, false, false]);
    const foreign = Object.assign(new Error('copy'), { [Symbol.for('tenets.error')]: true, [Symbol.for('tenets.error.artefact')]: true });
    expect(TenetsArtefactError.isInstance(foreign)).toBe(true);
  });
});
