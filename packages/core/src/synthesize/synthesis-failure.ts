import type { ModelFailureReason } from '../errors/tenets-model-error.ts';
import type { SynthesisRole } from './schemas/synthesis-record.ts';

/** A model call of the synthesis that gave no usable answer. Counted and reported with its raw reply. */
export interface SynthesisFailure {
  step: 'scope' | 'check' | 'categories' | 'prompts' | 'baseline' | 'revision' | 'verify-pair' | 'verify-anchors' | 'conflict' | 'judge-output';
  role: SynthesisRole;
  /** The principle, prompt or pair the call was for. */
  itemId: string;
  reason: ModelFailureReason;
  message: string;
  rawText?: string;
}

export function toSynthesisFailure(
  step: SynthesisFailure['step'],
  role: SynthesisRole,
  itemId: string,
  reply: { reason: ModelFailureReason; message: string; rawText: string | undefined },
): SynthesisFailure {
  return { step, role, itemId, reason: reply.reason, message: reply.message, ...(reply.rawText === undefined ? {} : { rawText: reply.rawText }) };
}
