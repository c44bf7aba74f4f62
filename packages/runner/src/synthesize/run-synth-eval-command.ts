import type { LanguageModel } from 'ai';
import { notify, scoreSynthesisOutputs, TenetsInvalidInputError, type PipelineEventListener, type SynthesisScoresFile } from '@tenets/core';
import { readJsonl } from '@tenets/formats';
import { openRun } from '@tenets/store';
import { z } from 'zod';

export interface RunSynthEvalCommandOptions {
  runDir: string;
  /** JSONL of the tuned model's answers: `{ "id": <record id>, "output": "…" }` or `{ "prompt": "…", "output": "…" }`. */
  outputsFile: string;
  /** The judge for principles without a derived check; `null` → only checkable principles are scored. */
  model?: LanguageModel | null;
  modelName?: string;
  /** @default 4 */
  concurrency?: number;
  /** @default 42 */
  seed?: number;
  abortSignal?: AbortSignal;
  onEvent?: PipelineEventListener;
}

const outputLineSchema = z.object({ id: z.string().min(1).optional(), prompt: z.string().min(1).optional(), output: z.string() }).refine((line) => line.id !== undefined || line.prompt !== undefined, { message: 'needs "id" or "prompt"', path: ['id'] });

/**
 * `tenets synth-eval <run-dir> --outputs <file>`: scores a tuned model's answers to the test prompts and writes
 * `synth-eval` with S_in, S_out (near and out separately) and S_overall as RLVF/C3PO define them.
 */
export async function runSynthEvalCommand(options: RunSynthEvalCommandOptions): Promise<SynthesisScoresFile & { file: string; warnings: string[] }> {
  const { runDir, outputsFile, onEvent } = options;
  const run = await openRun(runDir);
  const [summary, records] = await Promise.all([run.read('synth'), run.read('synth-records')]);
  const { records: lines, rejects } = await readJsonl(outputsFile, outputLineSchema);
  const warnings = rejects.map((reject) => `${reject.file}:${reject.line}${reject.field ? ` (${reject.field})` : ''}: ${reject.message}; line skipped.`);
  if (lines.length === 0) throw new TenetsInvalidInputError({ file: outputsFile, message: 'no usable outputs', hint: 'Each line: {"id": "<record id from synth-records.jsonl>", "output": "…"} (or "prompt" instead of "id").' });
  const tests = records.filter((record) => record.split === 'test');
  const byPrompt = new Map<string, string[]>();
  for (const record of tests) byPrompt.set(record.prompt, [...(byPrompt.get(record.prompt) ?? []), record.id]);
  const outputs = new Map<string, string>();
  let unmatched = 0;
  for (const line of lines) {
    const ids = line.id ? (tests.some((record) => record.id === line.id) ? [line.id] : []) : (byPrompt.get(line.prompt!) ?? []);
    if (ids.length === 0) unmatched++;
    for (const id of ids) outputs.set(id, line.output);
  }
  if (unmatched > 0) warnings.push(`${unmatched} output line(s) match no test prompt of the run and were ignored.`);
  for (const warning of warnings) await notify(onEvent, { type: 'warning', stage: 'synth-eval', message: warning });

  const scores = await scoreSynthesisOutputs({ records: tests, outputs, scopes: summary.scopes, checks: summary.checks, model: options.model ?? null, concurrency: options.concurrency, seed: options.seed, abortSignal: options.abortSignal });
  const value: SynthesisScoresFile = {
    engine: options.model ? 'llm' : 'offline',
    outputsFile,
    ...(options.model ? { judge: options.modelName ?? (typeof options.model === 'string' ? options.model : `${options.model.provider}/${options.model.modelId}`) } : {}),
    sIn: scores.sIn,
    sOut: scores.sOut,
    sNear: scores.sNear,
    sOutOfScope: scores.sOutOfScope,
    sOverall: scores.sOverall,
    intervals: scores.intervals,
    perPrinciple: scores.perPrinciple,
    items: scores.items,
    unscored: scores.unscored,
    usage: scores.usage,
  };
  const written = await run.write('synth-eval', value, { command: 'tenets synth-eval', options: { outputsFile, ...(value.judge ? { judge: value.judge } : {}) }, derivedFrom: ['synth-records'] });
  return { ...value, file: written.path, warnings };
}
