import type { ChatCompletionRequest, ChatFault, ChatHandler, ChatHandlerContext } from './loopback-types.ts';
import { defaultContent } from './wire-format.ts';

export type ResolvedChatReply = { kind: 'answer'; content: string; finishReason: 'stop' | 'length' } | { kind: 'fault'; fault: ChatFault };

/** Runs the handler and normalises what it returned. */
export async function resolveChatReply(handler: ChatHandler | undefined, request: ChatCompletionRequest, context: ChatHandlerContext): Promise<ResolvedChatReply> {
  const reply = handler ? await handler(request, context) : undefined;
  if (reply === undefined) return { kind: 'answer', content: defaultContent(request), finishReason: 'stop' };
  if (typeof reply === 'string') return { kind: 'answer', content: reply, finishReason: 'stop' };
  if ('json' in reply) return { kind: 'answer', content: JSON.stringify(reply.json), finishReason: 'stop' };
  if (!('fault' in reply)) return { kind: 'answer', content: reply.content, finishReason: reply.finishReason ?? 'stop' };
  if (reply.fault === 'truncated') {
    const full = defaultContent(request);
    return { kind: 'answer', content: reply.content ?? full.slice(0, Math.max(1, Math.floor(full.length / 2))), finishReason: 'length' };
  }
  return { kind: 'fault', fault: reply };
}
