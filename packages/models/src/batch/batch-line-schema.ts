import { z } from 'zod';

/** One line of a batch input file (`/v1/chat/completions` requests). */
export interface BatchInputLine {
  custom_id: string;
  method: 'POST';
  url: '/v1/chat/completions';
  body: unknown;
}

/** One line of a batch output or error file. Tolerant: servers differ in what they fill in. */
export const batchOutputLineSchema = z.object({
  id: z.string().nullish(),
  custom_id: z.string().min(1),
  response: z
    .object({
      status_code: z.number().int(),
      request_id: z.string().nullish(),
      body: z.unknown(),
    })
    .nullish(),
  error: z.object({ code: z.string().nullish(), message: z.string().nullish() }).nullish(),
});
export type BatchOutputLine = z.infer<typeof batchOutputLineSchema>;

export type SafeParseBatchOutputResult = { lines: BatchOutputLine[]; unreadable: number };

/** Parses a JSONL output/error file; lines that are not JSON or miss `custom_id` are counted, not thrown. */
export function safeParseBatchOutput(text: string): SafeParseBatchOutputResult {
  const lines: BatchOutputLine[] = [];
  let unreadable = 0;
  for (const raw of text.split('\n')) {
    if (!raw.trim()) continue;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      unreadable += 1;
      continue;
    }
    const parsed = batchOutputLineSchema.safeParse(json);
    if (parsed.success) lines.push(parsed.data);
    else unreadable += 1;
  }
  return { lines, unreadable };
}
