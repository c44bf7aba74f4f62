import { delimit } from '../../llm/delimit.ts';
import type { PrincipleScope } from '../schemas/principle-scope.ts';

/** The principle with its domain and effect, as every synthesis prompt shows it. */
export function renderScope(scope: PrincipleScope, parts: { principle?: boolean } = {}): string {
  const lines = [];
  if (parts.principle !== false) lines.push(`Principle:\n${delimit('critique', scope.principle)}`);
  lines.push(`Domain (where it applies):\n${delimit('behaviour', scope.domain)}`);
  lines.push(`Effect (what it asks there):\n${delimit('behaviour', scope.effect)}`);
  return lines.join('\n\n');
}
