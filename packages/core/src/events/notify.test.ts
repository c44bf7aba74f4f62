import { describe, expect, it } from 'vitest';
import { notify } from './notify.ts';

describe('notify', () => {
  it('delivers events and swallows listener errors, sync or async', async () => {
    const seen: string[] = [];
    await notify((event) => void seen.push(event.type), { type: 'info', message: 'hello' });
    await expect(notify(() => { throw new Error('broken reporter'); }, { type: 'warning', message: 'x' })).resolves.toBeUndefined();
    await expect(notify(async () => Promise.reject(new Error('broken')), { type: 'warning', message: 'x' })).resolves.toBeUndefined();
    await expect(notify(undefined, { type: 'info', message: 'nobody listens' })).resolves.toBeUndefined();
    expect(seen).toEqual(['info']);
  });
});
