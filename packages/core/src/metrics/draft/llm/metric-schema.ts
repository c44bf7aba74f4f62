import { z } from 'zod';
import type { Sign } from '../../../schemas/aspect.ts';

/**
 * The reply for one cluster. Example ids are an enum of the member ids shown, so ids of non-members or
 * invented ids fail validation (and get one repair); signs and counts are checked against the members.
 */
export function metricReplySchema(members: ReadonlyArray<{ id: string; sign: Sign }>) {
  const ids = members.map((member) => member.id) as [string, ...string[]];
  const signOf = new Map(members.map((member) => [member.id, member.sign]));
  return z
    .object({
      name: z.string(),
      definition: z.string(),
      applicability: z.string().nullable(),
      goodExampleIds: z.array(z.enum(ids)),
      badExampleIds: z.array(z.enum(ids)),
    })
    .superRefine((reply, context) => {
      const problem = (message: string) => context.addIssue({ code: 'custom', message });
      if (reply.name.trim().length === 0 || reply.name.length > 80) problem('name must be 1 to 80 characters');
      if (reply.definition.trim().length === 0) problem('definition is empty');
      if (reply.goodExampleIds.length + reply.badExampleIds.length === 0) problem('give at least one example id');
      for (const id of reply.goodExampleIds) if (signOf.get(id) !== 'positive') problem(`goodExampleIds: ${id} is not marked (+)`);
      for (const id of reply.badExampleIds) if (signOf.get(id) !== 'negative') problem(`badExampleIds: ${id} is not marked (-)`);
      const all = [...reply.goodExampleIds, ...reply.badExampleIds];
      if (new Set(all).size !== all.length) problem('an example id is listed twice');
    });
}
export type MetricReply = z.infer<ReturnType<typeof metricReplySchema>>;
