/**
 * The quality an adjective grades, as a noun for a metric name: a cluster whose best word is "long" or "short"
 * is about length ("Answer Length"), one about "correct" code about correctness ("Code Correctness").
 * General English, both poles of each scale.
 */
const scales: ReadonlyArray<readonly [string, string]> = [
  ['Length', 'long short lengthy brief longer shorter long-winded'],
  ['Concision', 'concise verbose wordy succinct'],
  ['Clarity', 'clear unclear vague confusing ambiguous'],
  ['Formality', 'formal informal casual'],
  ['Politeness', 'polite impolite rude courteous'],
  ['Correctness', 'correct incorrect'],
  ['Accuracy', 'accurate inaccurate'],
  ['Specificity', 'specific generic vague'],
  ['Detail', 'detailed'],
  ['Professionalism', 'professional unprofessional'],
  ['Tone', 'friendly cold warm robotic'],
  ['Speed', 'fast slow quick'],
  ['Relevance', 'relevant irrelevant'],
  ['Completeness', 'complete incomplete'],
  ['Complexity', 'simple complex complicated'],
  ['Directness', 'direct'],
  ['Empathy', 'empathetic'],
];

const qualityOf: ReadonlyMap<string, string> = new Map(scales.flatMap(([quality, adjectives]) => adjectives.split(' ').map((adjective) => [adjective, quality] as const)).reverse());

/** "long" → "Length", "correct" → "Correctness"; undefined for any other word. */
export function qualityNoun(adjective: string): string | undefined {
  return qualityOf.get(adjective.toLowerCase());
}
