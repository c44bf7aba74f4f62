import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeFileSystemError } from './describe-file-system-error.ts';

const temporary = mkdtempSync(join(tmpdir(), 'tenets-fs-error-'));
afterAll(() => rmSync(temporary, { recursive: true, force: true }));
const failure = async (work: () => Promise<unknown>) => work().then(() => undefined, (error: unknown) => error);

describe('describeFileSystemError', () => {
  it('names the path and what to do for real errors from node:fs', async () => {
    const file = join(temporary, 'a-file');
    writeFileSync(file, 'x');
    mkdirSync(join(temporary, 'a-directory'));
    const problems = await Promise.all([
      failure(() => mkdir(file)),
      failure(() => mkdir(join(file, 'sub'), { recursive: true })),
      failure(() => open(join(temporary, 'a-directory'), 'w')),
      failure(() => open(join(temporary, 'missing', 'x.jsonl'), 'r')),
    ]);
    expect(problems.map((error) => describeFileSystemError(error)).map((problem) => problem && `${problem.code}: ${problem.message.replace(temporary, '<tmp>')}`)).toEqual([
      'EEXIST: <tmp>/a-file already exists and is not a directory',
      'ENOTDIR: <tmp>/a-file/sub: part of this path is a file, not a directory',
      'EISDIR: <tmp>/a-directory is a directory, a file was expected',
      'ENOENT: <tmp>/missing/x.jsonl does not exist',
    ]);
  });

  // Permission and disk-full errors cannot be provoked reliably (tests may run as root, disks are not full):
  // these carry the fields node:fs sets on them.
  it('explains permission, read-only and disk-full errors, also inside a cause chain', () => {
    const errno = (code: string, syscall: string, path: string) => Object.assign(new Error(`${code}: ${syscall} '${path}'`), { code, syscall, path });
    const wrapped = new Error('write failed', { cause: errno('ENOSPC', 'write', '/data/run/aspects.jsonl.tmp') });
    expect(describeFileSystemError(errno('EACCES', 'open', '/srv/readonly/run/manifest.json'))).toEqual({
      code: 'EACCES',
      path: '/srv/readonly/run/manifest.json',
      message: 'permission denied: /srv/readonly/run/manifest.json',
      hint: 'Choose an output path you can write to (--out), or change the permissions of its directory.',
    });
    expect(describeFileSystemError(errno('EROFS', 'mkdir', '/mnt/cdrom/run'))?.message).toBe('/mnt/cdrom/run is on a read-only file system');
    expect(describeFileSystemError(wrapped)?.message).toBe('no space left on the device while writing /data/run/aspects.jsonl.tmp');
  });

  it('escapes control characters in the path and ignores errors that are not from the file system', () => {
    const evil = Object.assign(new Error('x'), { code: 'ENOENT', syscall: 'open', path: 'logs/\u001B[2Jevil.jsonl' });
    expect(describeFileSystemError(evil)?.message).toBe('logs/\\x1b[2Jevil.jsonl does not exist');
    expect(describeFileSystemError(new Error('plain'))).toBeUndefined();
    expect(describeFileSystemError(Object.assign(new Error('http'), { code: 'ECONNREFUSED' }))).toBeUndefined();
  });
});
