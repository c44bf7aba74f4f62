import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { contentTokens, type Aspect, type Metric } from '@tenets/core';
import { readLabelledFixture, type EvalDataset, type EvalLabel } from './datasets.ts';

/**
 * The label-word match of `eval-metric-names.ts`, shared with `eval-drafting.ts`: for each metric, the majority
 * label of its members and whether the name shares a stemmed content word with that label's slug or its
 * description in the fixture README's behaviour table.
 */

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

/** A labelled fixture directory (a `heldout/` split reads its parent's README), as `eval/datasets.ts` reads it. */
export function readFixture(directory: string): EvalDataset {
  const readmeDirectory = existsSync(join(directory, 'README.md')) ? directory : join(directory, '..');
  return readLabelledFixture(basename(directory), 'dev', directory, readmeDirectory);
}

export function scoreNames(metrics: readonly Metric[], aspects: readonly Aspect[], fixture: { labels?: ReadonlyMap<string, EvalLabel>; descriptions?: ReadonlyMap<string, string> }): NamedMetric[] {
  const feedbackOf = new Map(aspects.map((aspect) => [aspect.id, aspect.feedbackId]));
  return metrics.map((metric) => {
    // Every member votes for each behaviour its critique mentions (two-behaviour critiques vote twice).
    const votes = new Map<string, number>();
    for (const aspectId of metric.supportingAspectIds) {
      const label = fixture.labels?.get(feedbackOf.get(aspectId)!);
      const behaviours = label?.behaviours?.map((entry) => entry.behaviour) ?? (label?.behaviour ? [label.behaviour] : []);
      for (const behaviour of new Set(behaviours)) votes.set(behaviour, (votes.get(behaviour) ?? 0) + 1);
    }
    const [majority, count] = [...votes].sort((left, right) => right[1] - left[1] || (left[0] < right[0] ? -1 : 1))[0]!;
    const nameStems = stems(metric.name);
    const labelStems = new Set([...stems(majority), ...stems(fixture.descriptions?.get(majority) ?? '')]);
    const slugMatch = shares(nameStems, stems(majority));
    return {
      name: metric.name,
      members: metric.supportingAspectIds.length,
      majority,
      majorityShare: count / metric.supportingAspectIds.length,
      slugMatch,
      describedMatch: slugMatch || shares(nameStems, stems(fixture.descriptions?.get(majority) ?? '')),
      wordPrecision: nameStems.size === 0 ? 0 : [...nameStems].filter((stem) => labelStems.has(stem)).length / nameStems.size,
    };
  });
}
