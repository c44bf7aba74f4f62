import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { contentTokens, feedbackSchema, type Aspect, type Feedback, type Metric } from '@tenets/core';

/**
 * The label-word match of `eval-metric-names.ts`, shared with `eval-drafting.ts`: for each metric, the majority
 * label of its members and whether the name shares a stemmed content word with that label's slug or its
 * description in the fixture README's behaviour table.
 */
const labelSchema = z.object({ id: z.string(), behaviour: z.string(), behaviours: z.array(z.object({ behaviour: z.string() })).nullish() });

export interface NamedMetric {
  name: string;
  members: number;
  majority: string;
  majorityShare: number;
  slugMatch: boolean;
  describedMatch: boolean;
  /** Share of the name's content words that occur in the majority label's slug or description. */
  wordPrecision: number;
}

const stems = (text: string) => new Set(contentTokens(text.replace(/-/g, ' ')).map((token) => token.stem));
const shares = (left: ReadonlySet<string>, right: ReadonlySet<string>) => [...left].some((stem) => right.has(stem));

export function readFixture(directory: string) {
  const lines = (file: string) => readFileSync(join(directory, file), 'utf8').split('\n').filter((line) => line.trim().length > 0);
  const feedback: Feedback[] = lines('feedback.jsonl').map((line) => feedbackSchema.parse(JSON.parse(line)));
  const labels = new Map(lines('labels.jsonl').map((line) => labelSchema.parse(JSON.parse(line))).map((label) => [label.id, label]));
  // README behaviour table rows: | `slug` | negative description | positive description |
  const descriptions = new Map<string, string>();
  // A held-out split (fixture/heldout/) has no README of its own: its parent's behaviour table describes it.
  const readme = [join(directory, 'README.md'), join(directory, '..', 'README.md')].find((file) => existsSync(file));
  for (const match of (readme ? readFileSync(readme, 'utf8') : '').matchAll(/^\|\s*`([a-z0-9-]+)`\s*\|(.*)\|\s*$/gmu)) descriptions.set(match[1]!, match[2]!.replace(/\|/g, ' '));
  return { feedback, labels, descriptions };
}

export function scoreNames(metrics: readonly Metric[], aspects: readonly Aspect[], fixture: ReturnType<typeof readFixture>): NamedMetric[] {
  const feedbackOf = new Map(aspects.map((aspect) => [aspect.id, aspect.feedbackId]));
  return metrics.map((metric) => {
    // Every member votes for each behaviour its critique mentions (two-behaviour critiques vote twice).
    const votes = new Map<string, number>();
    for (const aspectId of metric.supportingAspectIds) {
      const label = fixture.labels.get(feedbackOf.get(aspectId)!)!;
      const behaviours = label.behaviours?.map((entry) => entry.behaviour) ?? [label.behaviour];
      for (const behaviour of new Set(behaviours)) votes.set(behaviour, (votes.get(behaviour) ?? 0) + 1);
    }
    const [majority, count] = [...votes].sort((left, right) => right[1] - left[1] || (left[0] < right[0] ? -1 : 1))[0]!;
    const nameStems = stems(metric.name);
    const labelStems = new Set([...stems(majority), ...stems(fixture.descriptions.get(majority) ?? '')]);
    const slugMatch = shares(nameStems, stems(majority));
    return {
      name: metric.name,
      members: metric.supportingAspectIds.length,
      majority,
      majorityShare: count / metric.supportingAspectIds.length,
      slugMatch,
      describedMatch: slugMatch || shares(nameStems, stems(fixture.descriptions.get(majority) ?? '')),
      wordPrecision: nameStems.size === 0 ? 0 : [...nameStems].filter((stem) => labelStems.has(stem)).length / nameStems.size,
    };
  });
}
