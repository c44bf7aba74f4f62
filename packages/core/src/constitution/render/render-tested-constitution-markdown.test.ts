import { expect, it } from 'vitest';
import { plantedPairs } from '../__fixtures__/planted-pairs.ts';
import { induceConstitution } from '../induce-constitution.ts';
import { renderTestedConstitutionMarkdown } from './render-tested-constitution-markdown.ts';

it('renders the principles, the offline notice and every figure', async () => {
  const { constitution } = await induceConstitution({ pairs: plantedPairs(), seed: 3 });
  expect(renderTestedConstitutionMarkdown(constitution)).toMatchInlineSnapshot(`
    "# Constitution

    > This constitution was built by the offline engine (lexical contrastive): principles are words that preferred texts mention and rejected texts do not, and a principle "votes" by checking which text holds its words.
    > It cannot judge truthfulness, politeness, helpfulness, specificity or any quality that is not carried by particular words; use a model for those.
    > It has no judge of its own, so there is no "without constitution" agreement (chance is 50 %).

    1. Select the response that mentions "cat"
    2. Select the response that mentions "blue"

    ## How well it explains the preferences

    Selection: greedy forward selection of reconstruction on the selection split; size 2 of 5 asked; seed 3.
    Pairs: 26 (17 selection, 7 held out; 1 ties and 1 both-bad left out of every agreement).

    | split | with constitution | κ | without constitution | κ |
    |---|---|---|---|---|
    | held-out (7 pairs) | 100.0 % (95 % CI 100.0 %–100.0 %) | 1.00 | not measured |  |
    | selection (17 pairs) | 100.0 % (95 % CI 100.0 %–100.0 %) | 1.00 | not measured |  |

    Ties and "cannot tell" earn half credit. The selection split was used to choose the principles; only the held-out figures are an honest estimate.

    ## Principles

    | # | for / against / abstain / both / neither / invalid | relevance | accuracy | strength | held-out strength | leave-one-out: selection (held-out) | prevalence |
    |---|---|---|---|---|---|---|---|
    | 1 | 10 / 0 / 7 / 0 / 0 / 0 | 58.8 % | 100.0 % | +0.59 | +0.29 | +0.29 (+0.14) | 10 |
    | 2 | 7 / 0 / 10 / 0 / 0 / 0 | 41.2 % | 100.0 % | +0.41 | +0.71 | +0.21 (+0.36) | 7 |

    Candidates: 37 proposed (0 failed replies), 12 after de-duplication, 12 passed the filters. Votes: checked lexically (no model calls), 0 invalid votes.
    "
  `);
});
