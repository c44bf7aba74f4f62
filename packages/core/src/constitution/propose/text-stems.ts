import { contentTokens } from '../../text/content-tokens.ts';

/** The content-word stems of a text, and the most frequent written form of each stem. */
export function textStems(text: string): { stems: Set<string>; surfaces: Map<string, string> } {
  const stems = new Set<string>();
  const surfaces = new Map<string, string>();
  for (const token of contentTokens(text)) {
    stems.add(token.stem);
    if (!surfaces.has(token.stem)) surfaces.set(token.stem, token.surface);
  }
  return { stems, surfaces };
}
