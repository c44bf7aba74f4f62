import type { PrincipleScope, ScopeOverride } from '../schemas/principle-scope.ts';
import type { SynthesisSource } from '../synthesis-source.ts';

const avoidWords = /\b(?:no|not|never|avoid|without|don't|do not|doesn't|does not|stop|refrain|fewer|less)\b/i;

/**
 * The offline reading of a principle: "When ⟨domain⟩, ⟨effect⟩" / "If …, …" / "⟨effect⟩ when ⟨domain⟩" are
 * split; anything else applies to every response with the whole text as its effect. Polarity from negations.
 */
export function inferScopeOffline(source: SynthesisSource, override: ScopeOverride = {}): PrincipleScope {
  const text = source.text.trim().replace(/[.!]+$/, '');
  let domain = 'every response';
  let effect = text.replace(/^the (?:assistant|agent|model) should\s+/i, '');
  const leading = /^(?:when|whenever|if|in)\s+(.+?),\s*(.+)$/i.exec(text);
  const trailing = /^(.+?)\s+(?:when|whenever|if)\s+(.+)$/i.exec(text) ?? /^(.+?)\s+(?:in|for|on|to)\s+((?:my |the |all |any |every |your |our )?(?:e-?mails?|messages?|replies|reply|texts?|answers?|responses?|posts?|letters?|code|questions?|chats?|conversations?|complaints?|tickets?|reviews?|reports?|summaries)\b.*)$/i.exec(text);
  if (leading) {
    domain = leading[1]!;
    effect = leading[2]!.replace(/^the (?:assistant|agent|model) should\s+/i, '');
  } else if (trailing) {
    effect = trailing[1]!.replace(/^the (?:assistant|agent|model) should\s+/i, '');
    domain = trailing[2]!;
  }
  const merged = { domain: override.domain ?? domain, effect: override.effect ?? effect };
  const overridden = override.domain !== undefined || override.effect !== undefined || override.polarity !== undefined;
  return {
    principleId: source.id,
    principle: source.text,
    ...merged,
    polarity: override.polarity ?? (avoidWords.test(merged.effect) ? 'avoid' : 'do'),
    source: overridden ? 'override' : 'offline',
  };
}
