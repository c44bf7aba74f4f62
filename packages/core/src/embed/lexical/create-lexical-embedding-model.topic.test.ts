import { embedMany } from 'ai';
import { describe, expect, it } from 'vitest';
import { createLexicalEmbeddingModel } from './create-lexical-embedding-model.ts';

// Critiques of answers to word problems: two kinds of error, three topics, crossed.
const corpus = [
  'added the tigers and the eagles instead of multiplying',
  'added the water litres instead of multiplying by the days',
  'added the apples instead of multiplying by the crates',
  'stopped after the first step about the tigers and eagles',
  'stopped after the first step, never converted the water litres',
  'stopped after the first step and forgot the crates of apples',
];
const prompts = [
  'A zoo has 4 tigers and 3 bald eagles. How many legs in total?',
  'A tank holds 20 litres of water and leaks 2 litres a day. How much water is left after 6 days?',
  'Each crate holds 12 apples. How many apples are in 5 crates?',
  'A zoo has 4 tigers and 3 bald eagles. How many legs in total?',
  'A tank holds 20 litres of water and leaks 2 litres a day. How much water is left after 6 days?',
  'Each crate holds 12 apples. How many apples are in 5 crates?',
];
const cosine = (left: readonly number[], right: readonly number[]) => left.reduce((sum, value, index) => sum + value * right[index]!, 0);

describe('createLexicalEmbeddingModel with contexts (topic weighting)', () => {
  it('lowers the similarity of two critiques that share only the topic of their prompt', async () => {
    const plain = await createLexicalEmbeddingModel({ corpus, dimensions: 4, seed: 3 }).embedCorpus();
    // Every topic word here comes only from the critique's own prompt, so down-weighting by share weighs it fully.
    const weighted = await createLexicalEmbeddingModel({ corpus, contexts: prompts, topicWeight: 0.25, dimensions: 4, seed: 3 }).embedCorpus();
    // Same topic (tigers and eagles), different errors: less alike once the topic words weigh less.
    expect(cosine(weighted[0]!, weighted[3]!)).toBeLessThan(cosine(plain[0]!, plain[3]!) - 0.1);
    // Same error, different topics: more alike.
    expect(cosine(weighted[0]!, weighted[1]!)).toBeGreaterThan(cosine(plain[0]!, plain[1]!));
  });

  it('leaves a shared word at (nearly) full weight when critics also use it about questions that do not mention it', async () => {
    // "refund" is in the first two prompts, and the last two critiques use it about prompts without it.
    const refunds = ['invented a refund window', 'made up a refund rule', 'promised a refund it cannot give', 'refund talk instead of an answer'];
    const refundPrompts = ['Can I get a refund?', 'How do refunds work?', 'Where is my parcel?', 'Can I change my address?'];
    const cosineOf = async (byShare: boolean) => {
      const embeddings = await createLexicalEmbeddingModel({ corpus: refunds, contexts: refundPrompts, topicWeight: 0.1, topicByShare: byShare, dimensions: 3, seed: 3 }).embedCorpus();
      return cosine(embeddings[0]!, embeddings[1]!);
    };
    const plain = await createLexicalEmbeddingModel({ corpus: refunds, dimensions: 3, seed: 3 }).embedCorpus();
    expect(await cosineOf(true)).toBeCloseTo(cosine(plain[0]!, plain[1]!), 3);
    expect(await cosineOf(false)).toBeLessThan(cosine(plain[0]!, plain[1]!) - 0.05);
  });

  it('is deterministic, and without contexts (or at weight 1) embeds the corpus exactly as doEmbed does', async () => {
    const options = { corpus, contexts: prompts, topicWeight: 0.25, dimensions: 4, seed: 3 };
    expect(await createLexicalEmbeddingModel(options).embedCorpus()).toEqual(await createLexicalEmbeddingModel(options).embedCorpus());
    const plain = createLexicalEmbeddingModel({ corpus, dimensions: 4, seed: 3 });
    const { embeddings } = await embedMany({ model: plain, values: corpus });
    expect(await plain.embedCorpus()).toEqual(embeddings);
    expect(await createLexicalEmbeddingModel({ ...options, topicWeight: 1 }).embedCorpus()).toEqual(embeddings);
  });

  it('embeds texts given to doEmbed without a context, unweighted', async () => {
    const model = createLexicalEmbeddingModel({ corpus, contexts: prompts, topicWeight: 0.25, dimensions: 4, seed: 3 });
    const [corpusRow] = await model.embedCorpus();
    const { embeddings } = await model.doEmbed({ values: [corpus[0]!] });
    expect(embeddings[0]).not.toEqual(corpusRow);
    expect(() => createLexicalEmbeddingModel({ corpus, contexts: prompts.slice(1) })).toThrow('6 corpus texts but 5 contexts');
    expect(() => createLexicalEmbeddingModel({ corpus, contexts: prompts, topicWeight: 2 })).toThrow('topicWeight must be within 0..1');
  });
});
