import { z } from 'zod';

export const proposeReplySchema = z.object({ principles: z.array(z.string()) });

export const voteReplySchema = z.object({
  votes: z.array(z.object({ principle: z.number().int(), choice: z.enum(['A', 'B', 'None', 'Both', 'Neither']) })),
});
export type VoteReply = z.infer<typeof voteReplySchema>;

export const judgeReplySchema = z.object({ preferred: z.enum(['A', 'B', 'cannot tell']) });
