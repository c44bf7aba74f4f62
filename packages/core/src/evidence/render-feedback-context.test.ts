import { describe, expect, it } from 'vitest';
import { evidenceTarget, stepAt } from './evidence-target.ts';
import { quotedFragments } from './quoted-fragments.ts';
import { renderFeedbackContext } from './render-feedback-context.ts';

const filler = (label: string, count: number) => Array.from({ length: count }, (_, index) => `${label} ${index}.`).join(' ');

describe('renderFeedbackContext', () => {
  it('renders a chat transcript with message indices', () => {
    const rendered = renderFeedbackContext({
      messages: [
        { role: 'user', content: 'Translate "chat" to English.' },
        { role: 'assistant', content: 'It means "cat".' },
      ],
    });
    expect(rendered).toMatchInlineSnapshot(`
      "<transcript>
      [0] user: Translate "chat" to English.
      [1] assistant: It means "cat".
      </transcript>"
    `);
  });

  it('truncates a long response around the fragment the critique quotes, with a visible marker', () => {
    const response = `${filler('Intro line', 60)} The secret ingredient is cardamom. ${filler('Outro line', 60)}`;
    const critique = 'It buried the key point ("The secret ingredient is cardamom") in the middle.';
    const rendered = renderFeedbackContext({ response }, { anchors: quotedFragments(critique), maxFieldChars: 200 });
    expect(rendered).toMatchInlineSnapshot(`
      "<response>
      Intro line 0. Intro line 1. Intro line 2. Intro …[truncated 763 chars]…54. Intro line 55. Intro line 56. Intro line 57. Intro line 58. Intro line 59. The secret ingredient is cardamom. Outro line 0. Outro line 1. Outro line 2. Outro line 3. Outro line 4. Outro li…[truncated 811 chars]…
      </response>"
    `);
    expect(rendered).toContain('The secret ingredient is cardamom.');
  });

  it('shrinks many trajectory fields to fit the context budget, but never below a floor', () => {
    const trajectory = Array.from({ length: 40 }, (_, index) => ({ action: `step ${index} ${'x'.repeat(1000)}` }));
    const rendered = renderFeedbackContext({ trajectory }, { maxContextChars: 8000 });
    // 8000 / 40 fields = 200 characters each, raised to the 240-character floor.
    expect(rendered.length).toBeLessThan(40 * 300);
    expect(rendered).toContain('[step 39]');
    expect(rendered).toContain('…[truncated 767 chars]…');
  });

  it('says so when no context was recorded', () => {
    expect(renderFeedbackContext(undefined)).toBe('(No prompt, response or trajectory was recorded with this critique.)');
  });
});

describe('evidenceTarget', () => {
  it('joins the response, assistant messages and steps, leaving out the input', () => {
    const target = evidenceTarget({
      prompt: 'the input',
      response: 'final answer',
      messages: [
        { role: 'user', content: 'user words' },
        { role: 'assistant', content: 'assistant words' },
      ],
      trajectory: [{ thought: 'think', action: 'act' }, {}, { observation: 'saw' }],
    });
    expect(target).toEqual({
      text: 'final answer\n\nassistant words\n\nThought: think\nAction: act\n\nObservation: saw',
      steps: [
        { stepIndex: 0, start: 31, end: 57 },
        { stepIndex: 2, start: 59, end: 75 },
      ],
    });
    expect(stepAt(target, 60)).toBe(2);
    expect(stepAt(target, 3)).toBeUndefined();
  });
});
