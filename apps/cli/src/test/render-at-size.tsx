import { EventEmitter } from 'node:events';
import { render } from 'ink';
import type { ReactElement } from 'react';

class TestStdout extends EventEmitter {
  frames: string[] = [];
  isTTY = true;
  constructor(
    public columns: number,
    public rows: number,
  ) {
    super();
  }
  write = (frame: string) => {
    this.frames.push(frame);
    return true;
  };
}

class TestStdin extends EventEmitter {
  isTTY = true;
  private pending: string | null = null;
  write(data: string) {
    this.pending = data;
    this.emit('readable');
    this.emit('data', data);
  }
  read = () => {
    const data = this.pending;
    this.pending = null;
    return data;
  };
  setEncoding() {}
  setRawMode() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
}

/**
 * ink-testing-library's idea with a chosen terminal size (it fixes 100 columns) and resizing: frames in
 * debug mode, keys written to a fake stdin, `press()` waits for ink to pick the key up and redraw.
 */
export function renderAtSize(tree: ReactElement, { columns = 80, rows = 24 }: { columns?: number; rows?: number } = {}) {
  const stdout = new TestStdout(columns, rows);
  const stdin = new TestStdin();
  const instance = render(tree, { stdout: stdout as unknown as NodeJS.WriteStream, stderr: stdout as unknown as NodeJS.WriteStream, stdin: stdin as unknown as NodeJS.ReadStream, debug: true, exitOnCtrlC: false, patchConsole: false });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0)).then(() => new Promise((resolve) => setImmediate(resolve)));
  return {
    lastFrame: () => stdout.frames.at(-1) ?? '',
    frames: stdout.frames,
    /** Sends each key in turn, letting ink handle and redraw after each. */
    async press(...keys: string[]) {
      for (const key of keys) {
        stdin.write(key);
        // ink holds a lone ESC for 20 ms in case an escape sequence follows, then flushes it as the Esc key.
        if (key === '\u001B') await new Promise((resolve) => setTimeout(resolve, 30));
        await settle();
      }
    },
    async type(text: string) {
      for (const character of text) await this.press(character);
    },
    async resize(nextColumns: number, nextRows: number) {
      stdout.columns = nextColumns;
      stdout.rows = nextRows;
      stdout.emit('resize');
      await settle();
    },
    settle,
    /** The first frame (after settling) that satisfies `predicate`; for effects that finish after a key, like a write to disk. */
    async waitForFrame(predicate: (frame: string) => boolean, attempts = 500): Promise<string> {
      for (let attempt = 0; attempt < attempts; attempt++) {
        const frame = stdout.frames.at(-1) ?? '';
        if (predicate(frame)) return frame;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      throw new Error(`no frame matched; last frame:\n${stdout.frames.at(-1) ?? ''}`);
    },
    unmount: () => instance.unmount(),
  };
}

export const keys = { up: '\u001B[A', down: '\u001B[B', enter: '\r', escape: '\u001B', tab: '\t', backspace: '\u007F', space: ' ' } as const;
