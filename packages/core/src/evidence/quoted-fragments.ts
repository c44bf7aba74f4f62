const quotePatterns = [/"([^"\n]{3,300})"/g, /\u201C([^\u201D\n]{3,300})\u201D/g, /\u00AB([^\u00BB\n]{3,300})\u00BB/g, /`([^`\n]{3,300})`/g, /(?<![\p{L}\p{N}])'([^'\n]{3,300})'(?![\p{L}\p{N}])/gu];

/**
 * Fragments a critique quotes ("…", “…”, «…», `…`, '…'), in order of appearance and without duplicates.
 * Used to keep the quoted part of a long response visible when it has to be truncated.
 */
export function quotedFragments(critique: string): string[] {
  const found: Array<{ index: number; text: string }> = [];
  for (const pattern of quotePatterns) {
    for (const match of critique.matchAll(pattern)) {
      const text = match[1]!.trim();
      if (text.length >= 3) found.push({ index: match.index, text });
    }
  }
  found.sort((first, second) => first.index - second.index);
  return [...new Set(found.map((fragment) => fragment.text))];
}
