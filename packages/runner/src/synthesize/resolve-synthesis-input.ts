import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { contentId, sourceFromCluster, sourceFromFeedbackText, TenetsInvalidInputError, type Aspect, type Cluster, type Feedback, type Preference, type SynthesisSource } from '@tenets/core';
import { safeParseJsonText } from '@tenets/formats';
import { readReviewedRun } from '../review/read-reviewed-run.ts';
import { openRun, type RunStore } from '@tenets/store';
import { z } from 'zod';

/** What `tenets synth` was pointed at: a run (its principles and log), a principles file, or one sentence of feedback. */
export type SynthesisInput =
  | { kind: 'run'; dir: string; run: RunStore; sources: SynthesisSource[]; feedback: Feedback[]; aspects: Aspect[]; clusters: Cluster[]; preferences: Preference[]; warnings: string[] }
  | { kind: 'file'; file: string; sources: SynthesisSource[]; warnings: string[] }
  | { kind: 'text'; sources: SynthesisSource[]; warnings: string[] };

const principleLineSchema = z
  .object({ id: z.string().min(1).optional(), text: z.string().trim().min(1), supportingFeedbackIds: z.array(z.string()).default([]), clusterId: z.string().optional() })
  .loose();

/**
 * A directory is a run (principles from its constitution, else one per cluster); an existing `.json` / `.jsonl`
 * file holds principles (`{ principles: [...] }`, an array, or one per line: `id?`, `text`); anything else is
 * read as one sentence of feedback.
 */
export async function resolveSynthesisInput(input: string): Promise<SynthesisInput> {
  const stats = await stat(input).catch(() => undefined);
  if (stats?.isDirectory()) return readRunInput(input);
  if (stats?.isFile()) return readPrinciplesFile(input);
  if (/\.(jsonl?|ya?ml)$/i.test(input.trim()) && !/\s/.test(input.trim())) {
    throw new TenetsInvalidInputError({ file: input, message: 'no such file', hint: 'Give a run directory, a principles file (.json / .jsonl), or a sentence of feedback in quotes.' });
  }
  if (input.trim().length === 0) throw new TenetsInvalidInputError({ message: 'the feedback text is empty', hint: 'e.g. tenets synth "Never use emojis in emails to my boss." --out runs/emoji' });
  return { kind: 'text', sources: [sourceFromFeedbackText(input)], warnings: [] };
}

async function readRunInput(dir: string): Promise<SynthesisInput> {
  const run = await openRun(dir);
  // A run made from preference pairs alone (`tenets run pairs.csv`) has a constitution but no log.
  const [feedback, aspects, clusters] = await Promise.all([
    run.has('feedback') ? run.read('feedback') : [],
    run.has('aspects') ? run.read('aspects') : [],
    run.has('clusters') ? run.read('clusters').then((clustering) => clustering.clusters) : [],
  ]);
  // The reviewed constitution: rejected principles are not synthesised, edited texts are.
  const constitution = run.has('constitution') ? (await readReviewedRun(run)).constitution : undefined;
  const aspectsById = new Map(aspects.map((aspect) => [aspect.id, aspect]));
  const warnings: string[] = [];
  let sources: SynthesisSource[];
  if (constitution && constitution.principles.length > 0) {
    sources = constitution.principles.map((principle) => ({
      id: principle.id,
      text: principle.text,
      supportingFeedbackIds: 'supportingFeedbackIds' in principle ? principle.supportingFeedbackIds : principle.sourceFeedbackIds,
      ...(principle.clusterId ? { clusterId: principle.clusterId } : {}),
    }));
  } else {
    warnings.push(`${dir}: no constitution; one principle per cluster is synthesised from its medoid behaviour.`);
    sources = clusters.map((cluster) => sourceFromCluster(cluster, aspectsById));
  }
  return { kind: 'run', dir, run, sources, feedback, aspects, clusters, preferences: [], warnings };
}

async function readPrinciplesFile(file: string): Promise<SynthesisInput> {
  const text = await readFile(file, 'utf8');
  const warnings: string[] = [];
  const rows: Array<{ value: unknown; line: number | undefined }> = [];
  if (extname(file).toLowerCase() === '.jsonl') {
    text.split('\n').forEach((line, index) => {
      if (line.trim().length === 0) return;
      const parsed = safeParseJsonText(line);
      if (parsed.success) rows.push({ value: parsed.value, line: index + 1 });
      else warnings.push(`${file}:${index + 1}: not valid JSON; line skipped.`);
    });
  } else {
    const parsed = safeParseJsonText(text);
    if (!parsed.success) throw new TenetsInvalidInputError({ file, message: 'not valid JSON', cause: parsed.error });
    const list = Array.isArray(parsed.value) ? parsed.value : (parsed.value as { principles?: unknown }).principles;
    if (!Array.isArray(list)) throw new TenetsInvalidInputError({ file, field: 'principles', message: 'expected a list of principles or { "principles": [...] }' });
    list.forEach((value, index) => rows.push({ value, line: undefined, ...{ index } }));
  }
  const sources: SynthesisSource[] = [];
  rows.forEach(({ value, line }, index) => {
    const parsed = principleLineSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      warnings.push(`${file}${line ? `:${line}` : ` principle ${index + 1}`} (${issue.path.join('.') || 'text'}): ${issue.message}; skipped.`);
      return;
    }
    const { id, text: principle, supportingFeedbackIds, clusterId } = parsed.data;
    sources.push({ id: id ?? contentId('pri', 'principles-file', principle), text: principle, supportingFeedbackIds, ...(clusterId ? { clusterId } : {}) });
  });
  if (sources.length === 0) throw new TenetsInvalidInputError({ file, message: 'no usable principles', hint: 'Each principle needs a "text".' });
  return { kind: 'file', file, sources, warnings };
}
