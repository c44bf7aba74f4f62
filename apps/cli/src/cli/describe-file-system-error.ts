import { escapeTerminal } from './escape-terminal.ts';

export interface FileSystemProblem {
  code: string;
  path: string | undefined;
  message: string;
  hint: string;
}

interface ErrnoLike {
  code: string;
  path?: string;
  dest?: string;
  syscall?: string;
}

const writeSyscalls = new Set(['open', 'mkdir', 'rename', 'write', 'copyfile', 'symlink', 'unlink', 'rmdir', 'ftruncate', 'fsync', 'mkdtemp']);

/**
 * A Node file-system error (anywhere in the `cause` chain) as a user error: what went wrong, on which
 * path, and what to do. Undefined for anything else.
 */
export function describeFileSystemError(error: unknown): FileSystemProblem | undefined {
  const errno = findErrno(error);
  if (!errno) return undefined;
  const rawPath = errno.dest ?? errno.path;
  const path = rawPath === undefined ? undefined : escapeTerminal(rawPath);
  const where = path ?? 'a file';
  const writing = errno.syscall === undefined || writeSyscalls.has(errno.syscall);
  const problem = (message: string, hint: string): FileSystemProblem => ({ code: errno.code, path, message, hint });
  switch (errno.code) {
    case 'EACCES':
    case 'EPERM':
      return problem(`permission denied: ${where}`, writing ? 'Choose an output path you can write to (--out), or change the permissions of its directory.' : 'Check that you may read this path, or change its permissions.');
    case 'EROFS':
      return problem(`${where} is on a read-only file system`, 'Choose an output path on a writable disk (--out).');
    case 'EEXIST':
      return problem(`${where} already exists and is not a directory`, 'Pass a directory (or a path that does not exist yet) as --out, or remove the file.');
    case 'ENOTDIR':
      return problem(`${where}: part of this path is a file, not a directory`, 'Check the path; --out of `tenets run` names a directory, a new one is created.');
    case 'EISDIR':
      return problem(`${where} is a directory, a file was expected`, 'Give a file path, e.g. --out feedback.jsonl.');
    case 'ENOSPC':
    case 'EDQUOT':
      return problem(`no space left on the device while writing ${where}`, 'Free some disk space or choose --out on another disk; nothing half-written was kept, and with a model --resume repeats no finished call.');
    case 'ENOENT':
      return problem(`${where} does not exist`, 'Check the path; output directories are created, but their parent must be reachable.');
    case 'ENAMETOOLONG':
      return problem(`the path is too long: ${where}`, 'Use a shorter path.');
    case 'ELOOP':
      return problem(`${where} is a loop of symbolic links`, 'Check the links in this path.');
    case 'EMFILE':
    case 'ENFILE':
      return problem('too many open files', 'Raise the open-file limit (ulimit -n) or pass fewer input files at once.');
    case 'EBUSY':
      return problem(`${where} is busy`, 'Close the program that holds it, then try again.');
    default:
      return undefined;
  }
}

function findErrno(error: unknown): ErrnoLike | undefined {
  for (let current = error, depth = 0; typeof current === 'object' && current !== null && depth < 8; current = (current as { cause?: unknown }).cause, depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code) && ('syscall' in current || 'path' in current)) return current as ErrnoLike;
  }
  return undefined;
}
