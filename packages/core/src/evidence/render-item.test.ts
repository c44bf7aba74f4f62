import { describe, expect, it } from 'vitest';
import { renderItem, truncateField } from './render-item.ts';

describe('renderItem', () => {
  it('renders the task and numbered steps', () => {
    const text = renderItem({
      prompt: 'Buy a blue mug',
      trajectory: [
        { thought: 'Search first', action: 'type("blue mug")', observation: '12 results' },
        { action: 'click(#add-to-cart)', observation: 'Added to cart' },
      ],
    });
    expect(text).toMatchInlineSnapshot(`
      "The task is: Buy a blue mug

      Step 1
      Thought: Search first
      Action: type("blue mug")
      Observation: 12 results

      Step 2
      Action: click(#add-to-cart)
      Observation: Added to cart"
    `);
  });

  it('renders a conversation and a response', () => {
    expect(renderItem({ messages: [{ role: 'user', content: 'hi' }, { role: 'assistant', content: 'hello' }] })).toBe('[user]: hi\n\n[assistant]: hello');
    expect(renderItem({ prompt: 'Q', response: 'A' })).toBe('The task is: Q\n\nResponse: A');
    expect(renderItem(undefined)).toBe('(the item has no content)');
  });

  it('truncates long fields with a visible marker, windowing around evidence', () => {
    const long = `${'a'.repeat(100)}NEEDLE${'b'.repeat(100)}`;
    expect(truncateField(long, 30)).toBe(`${'a'.repeat(20)} [… 176 characters truncated …] ${'b'.repeat(10)}`);
    const windowed = truncateField(long, 26, ['needle']);
    // 26 characters centred on the quote: 10 before, the 6-character quote, 10 after.
    expect(windowed).toBe(`[… 90 characters truncated …] ${'a'.repeat(10)}NEEDLE${'b'.repeat(10)} [… 90 characters truncated …]`);
  });

  it('elides middle steps beyond the total budget but keeps steps holding evidence', () => {
    const trajectory = Array.from({ length: 8 }, (_, index) => ({ action: `action ${index + 1} ${'x'.repeat(40)}` }));
    trajectory[4] = { action: 'clicked the disabled button' };
    const text = renderItem({ trajectory }, { maxChars: 260, evidence: ['disabled button'] });
    expect(text.split('\n\n').map((block) => block.split('\n')[0])).toMatchInlineSnapshot(`
      [
        "Step 1",
        "[… steps 2–4 omitted for length …]",
        "Step 5",
        "[… step 6 omitted for length …]",
        "Step 7",
        "Step 8",
      ]
    `);
  });
});
