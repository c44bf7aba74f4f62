import { z } from 'zod';

const principleStart = /^The (?:assistant|agent) should\b/;

/** The reply for one cluster; supporting ids are an enum of the critique ids shown. */
export function principleReplySchema(shownIds: readonly string[]) {
  return z
    .object({
      text: z.string(),
      supportingFeedbackIds: z.array(z.enum(shownIds as [string, ...string[]])),
    })
    .superRefine((reply, context) => {
      const problem = (message: string) => context.addIssue({ code: 'custom', message });
      const text = reply.text.trim();
      if (!principleStart.test(text)) problem('text must start with "The assistant should" or "The agent should"');
      if (text.length > 400) problem('text must be at most 400 characters');
      if (reply.supportingFeedbackIds.length === 0) problem('give at least one supporting critique id');
      if (new Set(reply.supportingFeedbackIds).size !== reply.supportingFeedbackIds.length) problem('a supporting id is listed twice');
    });
}
export type PrincipleReply = z.infer<ReturnType<typeof principleReplySchema>>;
