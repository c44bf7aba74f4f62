import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { aspectSchema, feedbackSchema, metricSchema, TenetsInvalidInputError, type Aspect, type Feedback, type Metric } from '@tenets/core';
import { readJsonl, safeParseJsonText } from '@tenets/formats';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { autolibraArtefacts } from './autolibra-artefacts.ts';

/** Reads `feedback.jsonl` and `aspects.jsonl` of a run; bad lines become warnings with file and line. */
export async function readRunInputs(runDir: string): Promise<{ feedback: Feedback[]; aspects: Aspect[]; warnings: string[] }> {
  const feedbackPath = join(runDir, autolibraArtefacts.feedback);
  const aspectsPath = join(runDir, autolibraArtefacts.aspects);
  for (const path of [feedbackPath, aspectsPath]) await requireFile(path, 'Run `tenets run <files> --out <run-dir>` first: it ingests feedback and grounds aspects.');
  const feedback = await readJsonl(feedbackPath, feedbackSchema);
  const aspects = await readJsonl(aspectsPath, aspectSchema);
  const warnings = [...feedback.rejects, ...aspects.rejects].map((reject) => `${reject.file}:${reject.line}${reject.field ? ` (${reject.field})` : ''}: ${reject.message}; line skipped.`);
  return { feedback: feedback.records, aspects: aspects.records, warnings };
}

/** `metrics.json` as written by `tenets metrics` or by `tenets run` (`{ engine, metrics }`): only `metrics` is needed. */
const metricsFileSchema = z.object({ metrics: z.array(metricSchema).min(1) }).loose();

export async function readRunMetrics(runDir: string): Promise<{ metrics: Metric[]; file: Record<string, unknown> }> {
  const path = join(runDir, autolibraArtefacts.metrics);
  await requireFile(path, 'Run `tenets metrics <run-dir>` first.');
  const json = safeParseJsonText(await readFile(path, 'utf8'));
  if (!json.success) throw new TenetsInvalidInputError({ file: path, message: 'not valid JSON', cause: json.error });
  const parsed = metricsFileSchema.safeParse(json.value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new TenetsInvalidInputError({ file: path, field: issue.path.join('.'), message: issue.message, hint: 'Re-create it with `tenets metrics <run-dir>`.' });
  }
  return { metrics: parsed.data.metrics, file: parsed.data };
}

async function requireFile(path: string, hint: string): Promise<void> {
  try {
    await access(path);
  } catch {
    throw new TenetsInvalidInputError({ file: path, message: 'no such file', hint });
  }
}
