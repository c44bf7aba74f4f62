import { TenetsError } from './tenets-error.ts';

const marker = 'tenets.error.artefact';
const symbol = Symbol.for(marker);

/** Why an artefact of a run cannot be read. */
export type ArtefactProblem = 'missing' | 'stale' | 'newer-schema' | 'older-schema' | 'invalid' | 'not-a-run';

/**
 * An artefact of a run directory is missing, stale, written with another schema version or does not match
 * its schema. The message names the file and the command that (re)generates it.
 */
export class TenetsArtefactError extends TenetsError {
  readonly [symbol] = true;
  readonly artefact: string | undefined;
  readonly file: string;
  readonly problem: ArtefactProblem;
  /** The command that regenerates the artefact, e.g. `tenets run <files…> --out <run-dir>`. */
  readonly command: string | undefined;

  constructor(options: { message: string; file: string; problem: ArtefactProblem; artefact?: string; command?: string; cause?: unknown; hint?: string }) {
    const regenerate = options.command ? ` Regenerate it with \`${options.command}\`.` : '';
    super({ message: `${options.file}: ${options.message}.${regenerate}`, cause: options.cause, hint: options.hint });
    this.name = 'TenetsArtefactError';
    this.artefact = options.artefact;
    this.file = options.file;
    this.problem = options.problem;
    this.command = options.command;
  }

  static override isInstance(error: unknown): error is TenetsArtefactError {
    return TenetsError.hasMarker(error, marker);
  }
}
