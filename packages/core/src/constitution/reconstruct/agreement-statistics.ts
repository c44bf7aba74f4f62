import type { Agreement, PrincipleFigures, VoteCounts } from '../../schemas/principle.ts';
import { seededRandom } from '../../util/seeded-random.ts';
import { predictionCredit, type Prediction } from '../select/predict-pair.ts';
import { totalVotes } from '../vote/vote-value.ts';

/** Bootstrap resamples for the 95 % intervals. */
export const bootstrapResamples = 1000;

/**
 * Agreement of predictions with decisive labels: mean credit (½ for undecided), a seeded percentile bootstrap
 * 95 % interval, and Cohen's κ with an undecided prediction split half to each side.
 */
export function agreementStatistics(outcomes: ReadonlyArray<{ prediction: Prediction; preferred: 'a' | 'b' }>, seed: number): Agreement {
  const n = outcomes.length;
  const undecided = outcomes.filter((outcome) => outcome.prediction === 'undecided').length;
  if (n === 0) return { pairs: 0, agreement: null, lower: null, upper: null, kappa: null, undecided };
  const credits = outcomes.map((outcome) => predictionCredit(outcome.prediction, outcome.preferred));
  const agreement = mean(credits);
  const random = seededRandom(seed);
  const resampled: number[] = [];
  for (let round = 0; round < bootstrapResamples; round++) {
    let sum = 0;
    for (let draw = 0; draw < n; draw++) sum += credits[Math.floor(random() * n)]!;
    resampled.push(sum / n);
  }
  resampled.sort((left, right) => left - right);
  const labelA = outcomes.filter((outcome) => outcome.preferred === 'a').length / n;
  const predictedA = outcomes.reduce((sum, outcome) => sum + (outcome.prediction === 'a' ? 1 : outcome.prediction === 'undecided' ? 0.5 : 0), 0) / n;
  const expected = labelA * predictedA + (1 - labelA) * (1 - predictedA);
  return {
    pairs: n,
    agreement: round6(agreement),
    lower: round6(resampled[Math.floor(0.025 * (bootstrapResamples - 1))]!),
    upper: round6(resampled[Math.ceil(0.975 * (bootstrapResamples - 1))]!),
    kappa: expected >= 1 ? null : round6((agreement - expected) / (1 - expected)),
    undecided,
  };
}

/** Feedback Forensics' figures for one principle: relevance, accuracy (0.5 when never relevant), strength. */
export function principleFigures(counts: VoteCounts): PrincipleFigures {
  const pairs = totalVotes(counts);
  const relevant = counts.for + counts.against;
  const relevance = pairs === 0 ? 0 : relevant / pairs;
  const accuracy = relevant === 0 ? 0.5 : counts.for / relevant;
  return { pairs, relevance: round6(relevance), accuracy: round6(accuracy), strength: round6(2 * (accuracy - 0.5) * relevance) };
}

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
/** Six decimals: figures are byte-stable across platforms and free of float noise. */
export const round6 = (value: number) => Math.round(value * 1e6) / 1e6;
