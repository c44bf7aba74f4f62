import type { Aspect } from '../schemas/aspect.ts';
import { contentTokens } from '../text/content-tokens.ts';

/**
 * A cluster's members, most representative first: by cosine similarity to the cluster centroid when embeddings
 * are given, else by how many of the cluster's distinctive terms the behaviour uses. Ties by aspect id.
 */
export function rankMembers(members: readonly Aspect[], options: { terms: readonly string[]; embeddings?: ReadonlyMap<string, ArrayLike<number>> }): Aspect[] {
  const { terms, embeddings } = options;
  const vectors = members.map((aspect) => embeddings?.get(aspect.id));
  let scores: number[];
  if (vectors.length > 0 && vectors.every((vector) => vector !== undefined && vector.length > 0)) {
    const dimensions = vectors[0]!.length;
    const centroid = new Float64Array(dimensions);
    for (const vector of vectors) for (let index = 0; index < dimensions; index++) centroid[index]! += vector![index]!;
    scores = vectors.map((vector) => {
      let dot = 0;
      for (let index = 0; index < dimensions; index++) dot += vector![index]! * centroid[index]!;
      return dot;
    });
  } else {
    const termStems = terms.map((term) => contentTokens(term).map((token) => token.stem).join(' '));
    scores = members.map((aspect) => {
      const stems = contentTokens(aspect.behaviour).map((token) => token.stem);
      const joined = ` ${stems.join(' ')} `;
      return termStems.reduce((sum, term, rank) => sum + (term.length > 0 && joined.includes(` ${term} `) ? 1 / (1 + rank) : 0), 0);
    });
  }
  return members
    .map((aspect, index) => ({ aspect, score: scores[index]! }))
    .sort((left, right) => right.score - left.score || (left.aspect.id < right.aspect.id ? -1 : 1))
    .map(({ aspect }) => aspect);
}
