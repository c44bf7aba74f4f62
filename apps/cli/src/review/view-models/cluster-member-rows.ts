import type { Aspect, Cluster, Feedback, Sign } from '@tenets/core';
import { terminalText } from './terminal-text.ts';

export interface ClusterMemberRow {
  aspectId: string;
  feedbackId: string;
  sign: Sign;
  behaviour: string;
  /** The critique around its evidence span, split so the span can be highlighted. */
  critique: { before: string; span: string; after: string };
  /** The start of the response the critique is about, when the record has one. */
  responseExcerpt?: string;
  searchText: string;
}

export interface ClusterMemberRowsOptions {
  cluster: Cluster;
  aspectById: ReadonlyMap<string, Aspect>;
  feedbackById: ReadonlyMap<string, Feedback>;
  /** Characters of context kept either side of the span. @default 24 */
  context?: number;
  /** @default 120 */
  responseLength?: number;
}

/** A cluster's members in id order, each critique cut around the span its behaviour was grounded in. */
export function clusterMemberRows(options: ClusterMemberRowsOptions): ClusterMemberRow[] {
  const { cluster, aspectById, feedbackById, context = 24, responseLength = 120 } = options;
  return cluster.aspectIds.flatMap((aspectId): ClusterMemberRow[] => {
    const aspect = aspectById.get(aspectId);
    if (!aspect) return [];
    const feedback = feedbackById.get(aspect.feedbackId);
    const critiqueText = feedback?.critique ?? aspect.evidence.critique.quote;
    const { start, end } = aspect.evidence.critique;
    const valid = feedback !== undefined && start <= end && end <= critiqueText.length;
    const spanStart = valid ? start : 0;
    const spanEnd = valid ? end : critiqueText.length;
    const beforeRaw = critiqueText.slice(Math.max(0, spanStart - context), spanStart);
    const afterRaw = critiqueText.slice(spanEnd, spanEnd + context);
    const critique = {
      before: `${spanStart > context ? '…' : ''}${terminalText(beforeRaw)}${/\s$/u.test(beforeRaw) ? ' ' : ''}`,
      span: terminalText(critiqueText.slice(spanStart, spanEnd)),
      after: `${/^\s/u.test(afterRaw) ? ' ' : ''}${terminalText(afterRaw)}${spanEnd + context < critiqueText.length ? '…' : ''}`,
    };
    const response = feedback?.context?.response;
    const behaviour = terminalText(aspect.behaviour, 120);
    return [
      {
        aspectId,
        feedbackId: terminalText(aspect.feedbackId, 40),
        sign: aspect.sign,
        behaviour,
        critique,
        ...(response ? { responseExcerpt: terminalText(response, responseLength) } : {}),
        searchText: `${behaviour} ${critique.before}${critique.span}${critique.after}`.toLowerCase(),
      },
    ];
  });
}
