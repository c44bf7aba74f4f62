import { TenetsModelError } from '../../errors/tenets-model-error.ts';
import type { ModelFailureReason } from '../../errors/tenets-model-error.ts';
import type { TokenUsage } from '../../schemas/usage.ts';

/** The induction reply could not be used (after one repair). Carries the raw reply and what the calls cost. */
export class TenetsInductionError extends TenetsModelError {
  readonly usage: TokenUsage;

  constructor(options: { message: string; reason: ModelFailureReason; rawText?: string; usage: TokenUsage }) {
    super({ ...options, hint: 'Try another seed or N, or a stronger model; the raw reply is kept on the error.' });
    this.name = 'TenetsInductionError';
    this.usage = options.usage;
  }
}
