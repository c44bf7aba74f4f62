import { describe, expect, it } from 'vitest';
import { feedbackSchema, type FeedbackInput } from '../../schemas/feedback.ts';
import { groundOffline, groundOfflineClauses } from './ground-offline.ts';

const ground = (input: Omit<FeedbackInput, 'id'> & { id?: string }) => groundOffline(feedbackSchema.parse({ id: 'fb-1', ...input }));
/** Behaviour, sign and the critique span, compactly, for snapshots. */
const summary = (critique: string, rating?: FeedbackInput['rating']) =>
  ground({ critique, rating }).map((aspect) => `${aspect.sign === 'positive' ? '+' : '-'} ${aspect.behaviour}  ⟨${aspect.evidence.critique.quote}⟩`);

describe('groundOffline', () => {
  it('splits a critique into one aspect per behaviour, with signs', () => {
    expect(summary('Hi team, the reply was way too long but the steps for resetting my password worked. Thanks!')).toMatchInlineSnapshot(`
      [
        "- the reply was way too long  ⟨the reply was way too long⟩",
        "+ the steps for resetting my password worked  ⟨the steps for resetting my password worked⟩",
      ]
    `);
  });

  it('rewrites prohibitions into the behaviour they forbid', () => {
    expect(summary("Don't use emojis in a formal complaint. Please stop asking for my email again; avoid jargon")).toMatchInlineSnapshot(`
      [
        "- uses emojis in a formal complaint  ⟨Don't use emojis in a formal complaint⟩",
        "- asking for my email again  ⟨Please stop asking for my email again⟩",
        "- jargon  ⟨avoid jargon⟩",
      ]
    `);
  });

  it('reads negation, "too …", "should have" and praise', () => {
    expect(summary('never made me repeat myself, not helpful about the refund, too many questions, should have escalated to a human')).toMatchInlineSnapshot(`
      [
        "+ never made me repeat myself  ⟨never made me repeat myself⟩",
        "- not helpful about the refund  ⟨not helpful about the refund⟩",
        "- too many questions  ⟨too many questions⟩",
        "- should have escalated to a human  ⟨should have escalated to a human⟩",
      ]
    `);
    expect(summary('love that it answered in Spanish, super clear steps')).toMatchInlineSnapshot(`
      [
        "+ love that it answered in Spanish, super clear steps  ⟨love that it answered in Spanish, super clear steps⟩",
      ]
    `);
  });

  it('handles very short critiques', () => {
    expect(summary('no.')).toMatchInlineSnapshot(`
      [
        "- no  ⟨no⟩",
      ]
    `);
    expect(summary('👎 wrong')).toMatchInlineSnapshot(`
      [
        "- wrong  ⟨wrong⟩",
      ]
    `);
    expect(summary('👎')).toEqual([]);
    expect(summary('too long')).toMatchInlineSnapshot(`
      [
        "- too long  ⟨too long⟩",
      ]
    `);
  });

  it('handles French, Spanish and German critiques and typos', () => {
    expect(summary("Pas d'emojis dans une réclamation formelle, svp.")).toMatchInlineSnapshot(`
      [
        "- pas d'emojis dans une réclamation formelle, svp  ⟨Pas d'emojis dans une réclamation formelle, svp⟩",
      ]
    `);
    expect(summary('Le escribí en español y me contestó en inglés.')).toMatchInlineSnapshot(`
      [
        "- le escribí en español y me contestó en inglés  ⟨Le escribí en español y me contestó en inglés⟩",
      ]
    `);
    expect(summary('Sehr einfühlsam, danke.')).toMatchInlineSnapshot(`
      [
        "+ sehr einfühlsam, danke  ⟨Sehr einfühlsam, danke⟩",
      ]
    `);
    expect(summary('teh anwser ignroed my oder number')).toMatchInlineSnapshot(`
      [
        "- teh anwser ignroed my oder number  ⟨teh anwser ignroed my oder number⟩",
      ]
    `);
  });

  it('drops filler and the critic\u2019s own story when other clauses carry the point', () => {
    expect(
      summary('Quick note: I ordered a blender last week. I run a small bakery. It made up a 90-day refund policy that we do not have. Thanks anyway.'),
    ).toMatchInlineSnapshot(`
      [
        "- made up a 90-day refund policy that we do not have  ⟨It made up a 90-day refund policy that we do not have⟩",
      ]
    `);
  });

  it('drops verdicts that name no behaviour when other clauses carry the point, and keeps one when none do', () => {
    expect(summary('Watched the replay. Mixed run. It kept clicking the disabled button. Would not trust it with this yet. Almost there.')).toMatchInlineSnapshot(`
      [
        "- kept clicking the disabled button  ⟨It kept clicking the disabled button⟩",
      ]
    `);
    expect(summary('did not respect the budget in the task otherwise fine')).toMatchInlineSnapshot(`
      [
        "- did not respect the budget in the task  ⟨did not respect the budget in the task⟩",
      ]
    `);
    expect(summary('Not happy with this run.')).toMatchInlineSnapshot(`
      [
        "- not happy with this run  ⟨Not happy with this run⟩",
      ]
    `);
  });

  it('falls back to the rating, then to negative, when a clause has no sign cue', () => {
    expect(summary('answered in Portuguese', 'up')).toMatchInlineSnapshot(`
      [
        "+ answered in Portuguese  ⟨answered in Portuguese⟩",
      ]
    `);
    expect(summary('answered in Portuguese')).toMatchInlineSnapshot(`
      [
        "- answered in Portuguese  ⟨answered in Portuguese⟩",
      ]
    `);
  });

  it('keeps several behaviours of a long critique apart', () => {
    const critique =
      'So I contacted support through the chat yesterday. It said "Could you please provide your email address?" even though my email was in my first message. ' +
      'The answer was also far too long for a yes/no question. On the other hand, it handed me to a human agent as soon as I asked, which was great. ' +
      'And the tone was warm and kind.';
    expect(summary(critique)).toMatchInlineSnapshot(`
      [
        "- said "Could you please provide your email address?" even though my email was in my first message  ⟨It said "Could you please provide your email address?" even though my email was in my first message⟩",
        "- the answer was also far too long for a yes/no question  ⟨The answer was also far too long for a yes/no question⟩",
        "+ handed me to a human agent as soon as I asked, which was great  ⟨it handed me to a human agent as soon as I asked, which was great⟩",
        "+ the tone was warm and kind  ⟨the tone was warm and kind⟩",
      ]
    `);
  });

  it('verifies quotes of the response and keeps exact offsets into critique and response', () => {
    const response = 'Hello! Could you please provide your email address so I can look into this? Have a great day 😊';
    const critique = 'it asked "could you please provide your email address" although I gave it. Then it wrote "see you soon lol" at the end';
    const aspects = ground({ critique, context: { prompt: 'my email is a@b.c', response } });
    for (const aspect of aspects) {
      const { quote, start, end } = aspect.evidence.critique;
      expect(critique.slice(start, end)).toBe(quote);
    }
    expect(aspects.map((aspect) => aspect.evidence.response)).toMatchInlineSnapshot(`
      [
        {
          "end": 50,
          "quote": "could you please provide your email address",
          "start": 7,
          "verified": true,
        },
        {
          "quote": "see you soon lol",
          "verified": false,
        },
      ]
    `);
    const verified = aspects.find((aspect) => aspect.evidence.response?.verified)!.evidence.response!;
    expect(response.slice(verified.start, verified.end)).toBe('Could you please provide your email address');
  });

  it('is deterministic with stable, content-derived ids and engine "offline"', () => {
    const first = ground({ critique: 'Way too long. Ignored my order number.' });
    const second = ground({ critique: 'Way too long. Ignored my order number.' });
    expect(second).toEqual(first);
    expect(first.map((aspect) => [aspect.id, aspect.feedbackId, aspect.engine])).toMatchInlineSnapshot(`
      [
        [
          "asp_f0bd0e23911da9c2",
          "fb-1",
          "offline",
        ],
        [
          "asp_c0f7d4751f043432",
          "fb-1",
          "offline",
        ],
      ]
    `);
    expect(ground({ id: 'fb-2', critique: 'Way too long. Ignored my order number.' })[0]!.id).not.toBe(first[0]!.id);
  });

  describe('behaviours, not fragments', () => {
    const tank = { prompt: 'A tank holds 50 litres and a tap fills it at 5 litres a minute. How long does it take to fill the tank?' };
    const clauses = (critique: string, context?: FeedbackInput['context']) => groundOfflineClauses(feedbackSchema.parse({ id: 'fb-1', critique, context }));

    it('attaches the critic’s answer and restated facts to the behaviour they correct, with exact offsets', () => {
      const critique = 'It said the tank holds 40 litres but it holds 50. The tank holds 50 litres. The correct answer is 50/5=10 minutes.';
      const { aspects, setAside } = clauses(critique, tank);
      expect(aspects.map((aspect) => aspect.behaviour)).toEqual(['said the tank holds 40 litres']);
      expect(aspects[0]!.evidence.critiqueContext).toEqual([
        { quote: 'it holds 50', start: 37, end: 48, kind: 'critic-answer' },
        { quote: 'The tank holds 50 litres', start: 50, end: 74, kind: 'restated-fact' },
        { quote: 'The correct answer is 50/5=10 minutes', start: 76, end: 113, kind: 'critic-answer' },
      ]);
      for (const span of aspects[0]!.evidence.critiqueContext!) expect(critique.slice(span.start, span.end)).toBe(span.quote);
      expect(setAside.map((clause) => [clause.kind, clause.outcome, clause.aspectId === aspects[0]!.id])).toEqual([
        ['critic-answer', 'attached', true],
        ['restated-fact', 'attached', true],
        ['critic-answer', 'attached', true],
      ]);
    });

    it('drops fragments and verdicts and says so', () => {
      const { aspects, setAside } = clauses('Mixed run. ft. answered 12 instead of 11. till 11am. Thanks!');
      expect(aspects.map((aspect) => aspect.behaviour)).toEqual(['answered 12 instead of 11']);
      expect(setAside.map((clause) => `${clause.outcome} ${clause.kind}: ${clause.quote}`)).toEqual([
        'dropped verdict: Mixed run',
        'dropped fragment: ft',
        'dropped fragment: till 11am',
        'dropped filler: Thanks!',
      ]);
    });

    it('never makes a behaviour of the critic’s product problem, and attaches it to the one the critique names', () => {
      const critique = 'My gaming chair stopped working after a week, which is annoying enough on its own. It never looked up my order.';
      const [aspect, ...rest] = groundOffline(feedbackSchema.parse({ id: 'fb-1', critique }));
      expect(rest).toEqual([]);
      expect(aspect!.behaviour).toBe('never looked up my order');
      expect(aspect!.evidence.critiqueContext?.map((span) => span.kind)).toEqual(['own-problem']);
      expect(clauses('The parcel arrived damaged. Thanks anyway.').aspects).toEqual([]);
    });

    it('keeps one aspect from the critic’s answer when it is all the critique says, and none from a restated prompt', () => {
      expect(summary('the correct answer is 44/4=11')).toHaveLength(1);
      expect(ground({ critique: 'the correct answer is 44/4=11' })[0]!.evidence.critique.quote).toBe('the correct answer is 44/4=11');
      expect(clauses('The tank holds 50 litres.', tank).aspects).toEqual([]);
      expect(clauses('I checked it with a calculator. Mixed run.').aspects.map((aspect) => aspect.behaviour)).toEqual(['Mixed run'.toLowerCase()]);
    });

    it('still grounds code critiques', () => {
      const critique = 'The base case is wrong: it returns 1 for n = 0. Switch the >= with !=. result = []';
      expect(groundOffline(feedbackSchema.parse({ id: 'fb-1', critique })).map((aspect) => aspect.behaviour)).toEqual(['the base case is wrong', 'returns 1 for n = 0']);
    });
  });
});

describe('groundOffline, an answer and its correction', () => {
  it('keeps what the assistant said and attaches the critic\'s answer to it', () => {
    const [aspect, ...rest] = groundOffline(feedbackSchema.parse({ id: 'c1', critique: 'It said 12 but the correct answer is 11' }));
    expect(rest).toEqual([]);
    expect(aspect).toMatchObject({ behaviour: 'said 12', sign: 'negative', evidence: { critiqueContext: [{ kind: 'critic-answer', quote: 'the correct answer is 11' }] } });
  });

  it('reads "which is correct" after the answer as praise, not as a correction', () => {
    expect(groundOffline(feedbackSchema.parse({ id: 'c2', critique: 'The answer is 12 which is correct' })).map((aspect) => aspect.sign)).toEqual(['positive']);
  });
});
