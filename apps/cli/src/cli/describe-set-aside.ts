const kindNames: Record<string, string> = {
  'critic-answer': "critic's answer",
  'restated-fact': 'restated fact',
  'own-story': "critic's story",
  'own-problem': 'product or life problem',
  fragment: 'fragment',
  verdict: 'verdict',
};

/**
 * The run summary's line on the critique clauses the offline grounding did not make behaviours of (manifest
 * counts `clauses.attached.<kind>` and `clauses.dropped.<kind>`): attached to a behaviour as context, or dropped.
 * Greetings and thanks are not mentioned. Empty when nothing was set aside (and always with a model).
 */
export function describeSetAside(counts: Readonly<Record<string, number>>): string {
  const group = (outcome: 'attached' | 'dropped') =>
    Object.entries(counts)
      .filter(([key, count]) => key.startsWith(`clauses.${outcome}.`) && key !== 'clauses.dropped.filler' && count > 0)
      .map(([key, count]) => ({ kind: key.slice(`clauses.${outcome}.`.length), count }))
      .sort((left, right) => right.count - left.count || (left.kind < right.kind ? -1 : 1));
  const attached = group('attached');
  const dropped = group('dropped');
  if (attached.length === 0 && dropped.length === 0) return '';
  const part = (items: ReturnType<typeof group>, what: string) => {
    const total = items.reduce((sum, item) => sum + item.count, 0);
    return `${total} ${what} (${items.map((item) => `${kindNames[item.kind] ?? item.kind} ${item.count}`).join(', ')})`;
  };
  const parts = [attached.length > 0 ? part(attached, 'attached to a behaviour as context') : '', dropped.length > 0 ? part(dropped, 'dropped') : ''].filter(Boolean);
  return `clauses naming no behaviour of the assistant: ${parts.join('; ')}`;
}
