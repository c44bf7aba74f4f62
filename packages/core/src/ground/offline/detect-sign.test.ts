import { describe, expect, it } from 'vitest';
import { scoreSign, signFromRating } from './detect-sign.ts';

const signOf = (clause: string) => (scoreSign(clause) > 0 ? 'positive' : scoreSign(clause) < 0 ? 'negative' : 'undecided');

describe('scoreSign', () => {
  it('reads complaints, praise, negation, prohibitions, requests and verdicts', () => {
    const clauses = [
      'way too long',
      'super clear steps, loved it',
      'not helpful at all',
      'never made me repeat myself',
      "don't use emojis in a legal email",
      'please keep it short',
      'keep it up',
      'should have escalated to a human',
      'a little empathy would have been nice',
      'why are there emojis in a complaint??',
      'zero empathy',
      'no fluff, answered in one line',
      'it ignored my order number Thanks anyway',
      'Not gonna lie, the handoff was seamless',
      'answered in Portuguese',
      'cancelled without a sales pitch 👍',
      'the reply I got 😊 was full of 🙌 emojis 👎',
      'Très poli, merci',
      'Respuesta fría, sin ninguna empatía',
      'Die Antwort war falsch',
    ];
    expect(Object.fromEntries(clauses.map((clause) => [clause, signOf(clause)]))).toMatchInlineSnapshot(`
      {
        "Die Antwort war falsch": "negative",
        "Not gonna lie, the handoff was seamless": "positive",
        "Respuesta fría, sin ninguna empatía": "negative",
        "Très poli, merci": "positive",
        "a little empathy would have been nice": "negative",
        "answered in Portuguese": "undecided",
        "cancelled without a sales pitch 👍": "positive",
        "don't use emojis in a legal email": "negative",
        "it ignored my order number Thanks anyway": "negative",
        "keep it up": "positive",
        "never made me repeat myself": "positive",
        "no fluff, answered in one line": "positive",
        "not helpful at all": "negative",
        "please keep it short": "negative",
        "should have escalated to a human": "negative",
        "super clear steps, loved it": "positive",
        "the reply I got 😊 was full of 🙌 emojis 👎": "negative",
        "way too long": "negative",
        "why are there emojis in a complaint??": "negative",
        "zero empathy": "negative",
      }
    `);
  });
});

describe('signFromRating', () => {
  it('takes thumbs and non-positive numbers from ratings, and nothing from numbers on unknown scales', () => {
    expect([signFromRating('up'), signFromRating('down'), signFromRating(0), signFromRating(-1), signFromRating(5), signFromRating(undefined)]).toEqual([
      'positive',
      'negative',
      'negative',
      'negative',
      undefined,
      undefined,
    ]);
  });
});

describe('scoreSign: absence and contrast', () => {
  it('reads the absence of a chore as praise and negated pains as relief', () => {
    expect(['Answered in Italian, no translator needed', 'it sorted it out without having to ask twice', 'did not panic', 'no hassle at all'].map(signOf)).toEqual(['positive', 'positive', 'positive', 'positive']);
  });

  it('reads "instead of" as a miss unless the clause opens with praise', () => {
    expect(signOf('it used emojis instead of a formal greeting')).toBe('negative');
    expect(signOf('Liked that it matched my formal tone instead of using emojis')).toBe('positive');
  });
});

describe('scoreSign: phrase rules', () => {
  it('reads corrections as complaints', () => {
    expect(['the correct answer is 44/4=11', 'The right answer is 12', 'it should be 12 not 14', "actually it's 3 apples", 'the answer is 7 because 3 + 4 = 7'].map(signOf)).toEqual([
      'negative',
      'negative',
      'negative',
      'negative',
      'negative',
    ]);
    // "actually" inside a clause is not a correction.
    expect(signOf('it actually read my order number')).toBe('undecided');
  });

  it('reads the absence of the usual bad thing, a spared chore and avoided harm as praise', () => {
    expect(
      ['without the usual wall of text', 'not the usual script', 'for once a specific answer instead of the usual FAQ', 'sin emojis', 'without pushing Gold', 'quoted the policy instead of guessing', 'I did not have to start over', "it didn't make me feel stupid"].map(signOf),
    ).toEqual(['positive', 'positive', 'positive', 'positive', 'positive', 'positive', 'positive', 'positive']);
  });

  it('reads omissions, suggestions and requests for what was given as complaints', () => {
    expect(
      ["doesn't mention self-care", 'does not really answer the question', 'could be more detailed', 'it should mention the deadline', 'no emojis pls', 'even though I had already given it', 'it was in my first message', 'it sent the same article'].map(signOf),
    ).toEqual(['negative', 'negative', 'negative', 'negative', 'negative', 'negative', 'negative', 'negative']);
    expect(signOf("This isn't a bad answer")).toBe('positive');
  });

  it('leaves out quoted response text, describing words, and feelings the assistant acknowledged', () => {
    expect(signOf('it said "Great news, we love helping!" before finally giving the answer')).toBe('negative');
    expect(signOf('a novel for a simple question')).toBe('undecided');
    expect(signOf('really empathetic, it acknowledged how frustrating this was')).toBe('positive');
    expect(signOf('Gives clear guidance on when the same patient should have tests')).toBe('positive');
  });

  it('leans positive, below a clause\'s own threshold, on a plain report of what the answer contains', () => {
    expect(scoreSign('Provides links to the official guidance')).toBeGreaterThan(0);
    expect(scoreSign('Provides links to the official guidance')).toBeLessThan(1);
    expect(signOf('Provides the wrong link')).toBe('negative');
  });
});

describe('scoreSign: "free of"', () => {
  it('reads "free of X" and "X-free" as the absence of X', () => {
    expect(['Good that it kept the formal reply free of emojis', 'a jargon-free answer'].map(signOf)).toEqual(['positive', 'positive']);
  });
});

describe('scoreSign: agent trajectories', () => {
  it('reads waste, loops, carrying on regardless, distrust and omissions as complaints, persistence as praise', () => {
    expect(['Three wasted clicks', 'The agent looped', 'the agent just carried on as if it had worked', 'went back and forth between the pages', 'Would not trust it with this yet', 'the report left out the price', 'it did not respect the constraints'].map(signOf)).toEqual([
      'negative', 'negative', 'negative', 'negative', 'negative', 'negative', 'negative',
    ]);
    expect(['no wasted clicks', 'the zero-result page did not stop it', 'it fixed the form instead of clicking blindly', 'Good query formulation'].map(signOf)).toEqual(['positive', 'positive', 'positive', 'positive']);
  });

  it('does not read praise words that describe the task as praise of the reply', () => {
    expect(signOf('the task had a clear constraint and the agent picked a closed duplicate')).toBe('undecided');
  });
});

describe('scoreSign: critiques of reasoning answers', () => {
  it('reads correction labels, instructions and missing working as complaints', () => {
    expect(['correct answer', 'the final answer says 999 bags Correct answer', 'you need to divide the slices by 8', 'where did 11:25 am come from', 'there is no working', 'did not take the lunch break into account', 'the operation makes no sense', 'it goes on and on before getting to the point', 'simple arithmetic slip', 'misread the question', 'it chose the wrong variant even though the right one was right there'].map(signOf)).toEqual(
      Array(11).fill('negative'),
    );
  });

  it('reads a critic who checked the sums, shown steps and brevity as praise, and the critic\'s own work as neither', () => {
    expect(['the arithmetic all checks out, i checked 90/60=1.5', 'steps shown', 'showed every step', 'Nice and short', 'even the decimals were right', 'no assumptions', 'final answer matches the working'].map(signOf)).toEqual(Array(7).fill('positive'));
    expect(signOf('I worked this out on paper first')).toBe('undecided');
  });
});

describe('scoreSign: reported content', () => {
  it('reads what the answer says as reported, like a quote, and a plain report of it as a faint praise', () => {
    expect(['Says that food animals are not a transmission vector', 'Answer clearly states that gloves are not necessary', 'Gives examples of care that can take place with or without a doctor'].map(signOf)).toEqual([
      'positive',
      'positive',
      'positive',
    ]);
    expect(['The question is directly addressed in the first sentence', 'This is a decent answer'].map(signOf)).toEqual(['positive', 'positive']);
    expect(signOf('The question is not addressed')).toBe('negative');
  });
});
