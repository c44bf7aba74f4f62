import { cosineSimilarity, embedMany, type EmbeddingModel, type LanguageModel } from 'ai';
import { z } from 'zod';
import { generateStructured } from '../../llm/generate-structured.ts';
import { contentTokens } from '../../text/content-tokens.ts';
import { addUsage, emptyUsage, type TokenUsage } from '../../schemas/usage.ts';
import type { DerivedCheck } from '../schemas/check-spec.ts';
import type { PrincipleScope } from '../schemas/principle-scope.ts';
import type { ScopeConflict } from '../schemas/scope-conflict.ts';
import { renderScope } from '../scope/render-scope.ts';
import { toSynthesisFailure, type SynthesisFailure } from '../synthesis-failure.ts';
import { conflictInstructions, synthesisPromptVersions } from '../synthesis-prompts.ts';
import { checksContradict } from './checks-contradict.ts';

export interface DetectConflictsOptions {
  /** Sorted by principle id for a stable report. */
  scopes: readonly PrincipleScope[];
  checks?: readonly DerivedCheck[];
  /** Compares domains and effects; `null` → word overlap (Jaccard). */
  embeddingModel?: EmbeddingModel | null;
  /** Judges overlapping pairs whose checks do not already settle it; `null` → polarity and effect wording. */
  model?: LanguageModel | null;
  /** Domains at least this similar overlap; "every response" overlaps everything. @default 0.5 (embeddings), 0.3 (Jaccard) */
  domainThreshold?: number;
  abortSignal?: AbortSignal;
}

export interface DetectConflictsResult {
  conflicts: ScopeConflict[];
  usage: TokenUsage;
  failures: SynthesisFailure[];
}

const conflictReplySchema = z.object({ overlap: z.boolean(), opposed: z.boolean(), explanation: z.string() });

/**
 * Conflicts between principles: overlapping domains (embedding or word similarity) with contradicting checks
 * (offline, exact) or opposite effects (the model's judgement, else opposite polarity on similarly worded effects).
 */
export async function detectConflicts(options: DetectConflictsOptions): Promise<DetectConflictsResult> {
  const scopes = [...options.scopes].sort((first, second) => (first.principleId < second.principleId ? -1 : 1));
  const checkOf = new Map((options.checks ?? []).map((check) => [check.principleId, check]));
  let usage = emptyUsage();
  const failures: SynthesisFailure[] = [];
  if (scopes.length < 2) return { conflicts: [], usage, failures };

  let similarity: (first: string, second: string) => number = jaccard;
  let threshold = options.domainThreshold ?? 0.3;
  if (options.embeddingModel) {
    const texts = [...new Set(scopes.flatMap((scope) => [scope.domain, scope.effect]))];
    const result = await embedMany({ model: options.embeddingModel, values: texts, maxRetries: 0, abortSignal: options.abortSignal });
    usage = addUsage(usage, { ...emptyUsage(), calls: 1, inputTokens: result.usage.tokens, totalTokens: result.usage.tokens });
    const vectorOf = new Map(texts.map((text, index) => [text, result.embeddings[index]!]));
    similarity = (first, second) => cosineSimilarity(vectorOf.get(first)!, vectorOf.get(second)!);
    threshold = options.domainThreshold ?? 0.5;
  }

  const conflicts: ScopeConflict[] = [];
  for (let left = 0; left < scopes.length; left++) {
    for (let right = left + 1; right < scopes.length; right++) {
      const [first, second] = [scopes[left]!, scopes[right]!];
      const everywhere = isEverywhere(first.domain) || isEverywhere(second.domain);
      const domainSimilarity = everywhere ? null : similarity(first.domain, second.domain);
      if (!everywhere && domainSimilarity! < threshold) continue;
      const principleIds: [string, string] = [first.principleId, second.principleId];
      const [firstCheck, secondCheck] = [checkOf.get(first.principleId), checkOf.get(second.principleId)];
      const contradiction = firstCheck && secondCheck ? checksContradict(firstCheck.spec, secondCheck.spec) : undefined;
      if (contradiction) {
        conflicts.push({ principleIds, domainSimilarity, kind: 'contradicting-checks', explanation: `Derived checks contradict: ${contradiction}.`, source: 'offline' });
        continue;
      }
      if (options.model) {
        const reply = await generateStructured({
          model: options.model,
          schema: conflictReplySchema,
          schemaName: 'principle_conflict',
          instructions: conflictInstructions,
          prompt: `First:\n${renderScope(first)}\n\nSecond:\n${renderScope(second)}`,
          promptVersion: synthesisPromptVersions.conflict,
          abortSignal: options.abortSignal,
        });
        usage = addUsage(usage, reply.usage);
        if (!reply.success) failures.push(toSynthesisFailure('conflict', 'generator', principleIds.join('+'), reply));
        else if (reply.value.overlap && reply.value.opposed) conflicts.push({ principleIds, domainSimilarity, kind: 'opposite-effects', explanation: reply.value.explanation, source: 'model' });
        continue;
      }
      if (first.polarity !== second.polarity && similarity(first.effect, second.effect) >= threshold) {
        conflicts.push({ principleIds, domainSimilarity, kind: 'opposite-effects', explanation: `"${first.effect}" (${first.polarity}) against "${second.effect}" (${second.polarity}) in overlapping domains.`, source: 'offline' });
      }
    }
  }
  return { conflicts, usage, failures };
}

function isEverywhere(domain: string): boolean {
  return /^(?:every|all|any) (?:response|reply|replies|responses|answer|answers)s?$/i.test(domain.trim());
}

const negations = new Set(['no', 'not', 'never', 'avoid', 'without', 'dont', 'stop', 'refrain']);

/** Word-stem overlap with negations ignored, so "use emojis" and "never use emojis" read as the same effect. */
function jaccard(first: string, second: string): number {
  const stems = (text: string) => new Set(contentTokens(text).filter((token) => !negations.has(token.surface)).map((token) => token.stem));
  const left = stems(first);
  const right = stems(second);
  if (left.size === 0 && right.size === 0) return 1;
  const shared = [...left].filter((word) => right.has(word)).length;
  return shared / (left.size + right.size - shared);
}
