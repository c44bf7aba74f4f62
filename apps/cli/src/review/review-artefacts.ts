import type { Aspect, Clustering, Constitution, Feedback, Metric, RunRecord, TestedConstitution } from '@tenets/core';

/** One preference pair as the review shows it; read tolerantly because the synthesize artefacts are optional. */
export interface ReviewPreferencePair {
  id: string;
  principleId?: string;
  scope?: string;
  prompt?: string;
  chosen: string;
  rejected: string;
  /** Verification outcome when the run checked the pair (e.g. a judge agreed with the preference). */
  verification?: { passed: boolean; note?: string };
}

/** ICAI vote figures for one principle, when the constitution stage computed them. */
export interface ReviewPrincipleVotes {
  principleId: string;
  /** Pairs where the principle agreed / disagreed with the human preference. */
  agree: number;
  disagree: number;
  /** How far the principle moves agreement with the human labels (0..1), when known. */
  strength?: number;
  /** Agreement of a judge with the human labels with and without the constitution (0..1), when known. */
  agreementWith?: number;
  agreementWithout?: number;
}

/** Everything the review screens read. Optional parts are absent on runs that did not produce them. */
export interface ReviewArtefacts {
  runDir: string;
  /** What `tenets run` recorded about the run (inputs, engine, counts, usage, timings). */
  run?: RunRecord;
  feedback: readonly Feedback[];
  aspects: readonly Aspect[];
  clustering: Clustering;
  metrics: readonly Metric[];
  /**
   * The principles as the screens show them. A tested constitution (`tenets constitution`) is shown through
   * this drafted shape: its evidence ids (critique feedback ids, `pair:`-prefixed pair ids) stand in for
   * supporting feedback ids, so anchors recorded here match the ones `applyReview` computes on the run.
   */
  constitution?: Constitution;
  /** The tested constitution itself, when the run has one: constitution.md is rendered from it with its figures. */
  testedConstitution?: TestedConstitution;
  rejects?: number;
  votes?: readonly ReviewPrincipleVotes[];
  preferences?: readonly ReviewPreferencePair[];
}
