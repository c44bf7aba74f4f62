import { contentTokens } from '../text/content-tokens.ts';

/**
 * TF-IDF over content-word stems with one document per group (a cluster's member behaviours): which group a text
 * is lexically closest to. Used to check that a drafted definition describes its own cluster, not a neighbour.
 */
export function lexicalFit(groups: readonly (readonly string[])[]): {
  closest: (text: string, leaveOut?: { index: number; text: string }) => { index: number; similarity: number }[];
} {
  const documents = groups.map((texts) => stemCounts(texts.join('\n')));
  const frequency = new Map<string, number>();
  for (const document of documents) for (const stem of document.keys()) frequency.set(stem, (frequency.get(stem) ?? 0) + 1);
  const weigh = (counts: ReadonlyMap<string, number>) => {
    const vector = new Map<string, number>();
    let norm = 0;
    for (const [stem, count] of counts) {
      const weight = (1 + Math.log(count)) * Math.log((1 + documents.length) / (1 + (frequency.get(stem) ?? 0)) + 1);
      vector.set(stem, weight);
      norm += weight * weight;
    }
    return { vector, norm: Math.sqrt(norm) };
  };
  const vectors = documents.map(weigh);
  return {
    /**
     * Every group with its cosine similarity to the text, most similar first (ties by index). `leaveOut` takes a
     * member's own text out of its group first, so that a definition copied from a member must stand for the others.
     */
    closest(text, leaveOut) {
      const query = weigh(stemCounts(text));
      return vectors
        .map((weighed, index) => {
          let { vector, norm } = weighed;
          if (leaveOut && leaveOut.index === index) {
            const counts = new Map(documents[index]!);
            for (const [stem, count] of stemCounts(leaveOut.text)) counts.set(stem, (counts.get(stem) ?? 0) - count);
            ({ vector, norm } = weigh(new Map([...counts].filter(([, count]) => count > 0))));
          }
          let dot = 0;
          for (const [stem, weight] of query.vector) dot += weight * (vector.get(stem) ?? 0);
          return { index, similarity: norm === 0 || query.norm === 0 ? 0 : dot / (norm * query.norm) };
        })
        .sort((left, right) => right.similarity - left.similarity || left.index - right.index);
    },
  };
}

function stemCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of contentTokens(text)) counts.set(token.stem, (counts.get(token.stem) ?? 0) + 1);
  return counts;
}
