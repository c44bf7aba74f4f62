import { feedbackSchema, type Feedback, type FeedbackInput } from '../../../schemas/feedback.ts';

function feedback(input: FeedbackInput): Feedback {
  return feedbackSchema.parse(input);
}

export const recipeFeedback = feedback({
  id: 'fb-recipe',
  critique:
    'The answer listed the ingredients but never said how long to bake the bread, which is the one thing I asked about. I did like that it suggested weighing the flour in grams instead of cups.',
  context: {
    prompt: 'How long should I bake a 1 kg sourdough loaf?',
    response: 'You will need 1 kg of flour, 700 g of water and 20 g of salt. Weigh the flour in grams rather than using cups for consistency.',
  },
});

export const agentFeedback = feedback({
  id: 'fb-agent',
  critique: 'It picked the 128 GB model even though I asked for 256 GB, and it never opened the storage drop-down.',
  context: {
    prompt: 'Add the 256 GB version of the phone to the cart.',
    trajectory: [
      { thought: 'I should search for the phone.', action: 'search("phone")', observation: 'Results: phone 128 GB, phone 256 GB' },
      { action: 'click("phone 128 GB")', observation: 'Product page opened.' },
      { action: 'click("Add to cart")', observation: 'Added to cart.' },
    ],
  },
});

export const shortCritiques: Feedback[] = [
  feedback({ id: 'fb-s1', critique: 'Way too verbose.', context: { prompt: 'What is 2+2?', response: 'Great question! Let us think step by step. 2+2 equals 4.' } }),
  feedback({ id: 'fb-s2', critique: 'Perfect, it cited its sources.', context: { prompt: 'Who wrote Hamlet?', response: 'Shakespeare wrote Hamlet [1].' } }),
  feedback({ id: 'fb-s3', critique: 'bad', context: { prompt: 'Summarise this.', response: 'Here is a summary.' } }),
];
