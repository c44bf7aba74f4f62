import type { Agreement, TestedConstitution } from '../../schemas/principle.ts';

const percent = (value: number | null) => (value === null ? 'n/a' : `${(value * 100).toFixed(1)} %`);
const interval = (agreement: Agreement) => (agreement.lower === null || agreement.upper === null ? '' : ` (95 % CI ${percent(agreement.lower)}–${percent(agreement.upper)})`);
const kappa = (agreement: Agreement) => (agreement.kappa === null ? 'n/a' : agreement.kappa.toFixed(2));
const signed = (value: number) => `${value >= 0 ? '+' : ''}${value.toFixed(2)}`;

/**
 * `constitution.md` for a tested constitution: the numbered principles, then the figures — agreement with
 * and without the constitution on the held-out and selection splits, and per principle its votes, relevance,
 * accuracy and strength. Principles that were not tested are marked as such; the offline engine says so.
 */
export function renderTestedConstitutionMarkdown(constitution: TestedConstitution): string {
  const lines: string[] = ['# Constitution', ''];
  if (constitution.engine === 'offline') lines.push(...constitution.limitations.map((line) => `> ${line}`), '');
  if (constitution.principles.length === 0) lines.push('No principle survived testing.', '');
  constitution.principles.forEach((principle, index) => lines.push(`${index + 1}. ${principle.text}${principle.tested === 'untested' ? ' *(untested)*' : ''}`));
  lines.push('', '## How well it explains the preferences', '');
  const { heldOut, selection } = constitution.reconstruction;
  lines.push(`Selection: ${constitution.selectionMethod === 'greedy' ? 'greedy forward selection of reconstruction on the selection split' : constitution.selectionMethod === 'votes' ? 'top principles by for − against (the reference)' : 'none (no pairs; every principle kept with its critique figures)'}; size ${constitution.principles.length} of ${constitution.size} asked; seed ${constitution.seed}.`);
  lines.push(`Pairs: ${constitution.pairs.total} (${constitution.pairs.selection} selection, ${constitution.pairs.heldOut} held out; ${constitution.pairs.ties} ties and ${constitution.pairs.bothBad} both-bad left out of every agreement).`, '');
  lines.push('| split | with constitution | κ | without constitution | κ |', '|---|---|---|---|---|');
  const row = (name: string, value: typeof selection | null) => {
    if (!value) return `| ${name} | n/a | | n/a | |`;
    const without = value.withoutConstitution;
    return `| ${name} (${value.withConstitution.pairs} pairs) | ${percent(value.withConstitution.agreement)}${interval(value.withConstitution)} | ${kappa(value.withConstitution)} | ${without ? `${percent(without.agreement)}${interval(without)}` : 'not measured'} | ${without ? kappa(without) : ''} |`;
  };
  lines.push(row('held-out', heldOut), row('selection', selection), '');
  lines.push('Ties and "cannot tell" earn half credit. The selection split was used to choose the principles; only the held-out figures are an honest estimate.', '');
  lines.push('## Principles', '', '| # | for / against / abstain / both / neither / invalid | relevance | accuracy | strength | held-out strength | leave-one-out: selection (held-out) | prevalence |', '|---|---|---|---|---|---|---|---|');
  constitution.principles.forEach((principle, index) => {
    const votes = principle.votes;
    lines.push(
      `| ${index + 1} | ${votes.for} / ${votes.against} / ${votes.abstain} / ${votes.both} / ${votes.neither} / ${votes.invalid} | ${percent(principle.selection.relevance)} | ${percent(principle.selection.accuracy)} | ${signed(principle.selection.strength)} | ${principle.heldOut ? signed(principle.heldOut.strength) : 'n/a'} | ${principle.leaveOneOut ? `${signed(principle.leaveOneOut.selection)} (${principle.leaveOneOut.heldOut === null ? 'n/a' : signed(principle.leaveOneOut.heldOut)})` : 'n/a'} | ${principle.prevalence} |`,
    );
  });
  const critiqueTested = constitution.principles.filter((principle) => principle.critiqueTest);
  if (critiqueTested.length > 0) {
    lines.push('', '## Tested on critiques', '', 'No pairs: each principle was rated by the judge on held-out critiqued responses and compared with what the critiques said.', '');
    lines.push('| # | items | complaints caught | praise agreed | false fires | agreement | unscored |', '|---|---|---|---|---|---|---|');
    constitution.principles.forEach((principle, index) => {
      const test = principle.critiqueTest;
      if (!test) return;
      lines.push(`| ${index + 1} | ${test.items} | ${test.caught} / ${test.complaints} | ${test.praiseAgreed} / ${test.praised} | ${test.falseFires} / ${test.others} | ${percent(test.agreement)} | ${test.unscored} |`);
    });
  }
  const untested = constitution.principles.filter((principle) => principle.tested === 'untested').length;
  if (untested > 0) lines.push('', `${untested} principle(s) could not be tested (no pairs and no judgeable critiques) and are marked *(untested)*.`);
  const counts = constitution.counts;
  lines.push('', `Candidates: ${counts.proposals} proposed (${counts.proposalFailures} failed replies), ${counts.candidates} after de-duplication, ${counts.survivedFilters} passed the filters. Votes: ${constitution.engine === 'offline' ? 'checked lexically (no model calls)' : `${counts.voteCalls} calls, ${counts.failedVoteCalls} failed`}, ${counts.invalidVotes} invalid votes.`);
  return `${lines.join('\n')}\n`;
}
