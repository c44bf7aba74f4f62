import type { CheckSpec } from '../schemas/check-spec.ts';

/** Why two checks can never both pass on one response, or `undefined` when they can. */
export function checksContradict(first: CheckSpec, second: CheckSpec): string | undefined {
  const fold = (values: readonly string[]) => new Set(values.map((value) => value.toLowerCase()));
  if (first.kind === 'regex' && second.kind === 'regex') {
    return first.pattern === second.pattern && first.expect !== second.expect ? `one requires /${first.pattern}/ and the other forbids it` : undefined;
  }
  if (first.kind === 'language' && second.kind === 'language') {
    return first.language !== second.language ? `answer languages differ (${first.language} vs ${second.language})` : undefined;
  }
  if (first.kind === 'length' && second.kind === 'length' && first.unit === second.unit) {
    if (first.max !== undefined && second.min !== undefined && first.max < second.min) return `at most ${first.max} vs at least ${second.min} ${first.unit}`;
    if (second.max !== undefined && first.min !== undefined && second.max < first.min) return `at most ${second.max} vs at least ${first.min} ${first.unit}`;
    return undefined;
  }
  if ((first.kind === 'starts-with' && second.kind === 'starts-with') || (first.kind === 'ends-with' && second.kind === 'ends-with')) {
    const [a, b] = [first.value.toLowerCase(), second.value.toLowerCase()];
    return !a.startsWith(b) && !b.startsWith(a) && first.kind === 'starts-with' ? `must start with ${JSON.stringify(first.value)} and with ${JSON.stringify(second.value)}` : first.kind === 'ends-with' && !a.endsWith(b) && !b.endsWith(a) ? `must end with ${JSON.stringify(first.value)} and with ${JSON.stringify(second.value)}` : undefined;
  }
  const none = first.kind === 'contains-none' ? first : second.kind === 'contains-none' ? second : undefined;
  const other = none === first ? second : first;
  if (none && (other.kind === 'contains-all' || other.kind === 'contains-any')) {
    const forbidden = fold(none.values);
    const required = [...fold(other.values)];
    const clash = other.kind === 'contains-all' ? required.filter((value) => forbidden.has(value)) : required.every((value) => forbidden.has(value)) ? required : [];
    return clash.length > 0 ? `one forbids and the other requires ${clash.map((value) => JSON.stringify(value)).join(', ')}` : undefined;
  }
  return undefined;
}
