import type { Feedback } from '../../schemas/feedback.ts';

/** The prompt and response a logged critique is about: `context.prompt`/`response`, else the last user/assistant messages. */
export function loggedExchange(feedback: Feedback): { prompt: string | undefined; response: string | undefined } {
  const context = feedback.context;
  const messages = context?.messages ?? [];
  const last = (role: 'user' | 'assistant') => [...messages].reverse().find((message) => message.role === role)?.content;
  const prompt = context?.prompt?.trim() || last('user')?.trim() || undefined;
  const response = context?.response?.trim() || last('assistant')?.trim() || undefined;
  return { prompt, response };
}
