import { contentTokens, words } from '../../text/content-tokens.ts';
import { sentimentWords } from '../../text/stopwords.ts';
import { namesAssistant } from './names-assistant.ts';

const lead = String.raw`^\W*(?:(?:but|so|and|actually|well|no|nope|hence|thus|therefore)\W+)*`;
/** "the correct answer is …", "the right total would be …", "actual result: …", "real answer $13.55". */
const statedAnswer = new RegExp(
  `${lead}(?:the |a |my |our )?(?:correct|right|actual|real|true|expected|proper|accurate|exact)\\s+(?:final\\s+)?(?:answer|result|solution|value|total|number|amount|count|figure|output|sum|price|cost|time|date)(?:\\s*(?:is|was|are|were|would be|should be|should have been|will be|=|:|being)|(?=\\s*[-+$£€≈~]?\\d))\\s*(.*)$`,
  'isu',
);
/** "should be 3 hours", "it should have been $12", "the total must equal 40", "it's 16, not 18". */
const statedValue = new RegExp(
  `${lead}(?:(?:it|this|that|(?:the |your )?(?:final )?(?:answer|result|total|solution|sum|value))\\s+)?(?:(?:should|would|must|ought to)\\s+(?:have\\s+)?(?:be|been|equal|equals|come to)|is|was|'s|equals|=)\\s+(?:about |around |approximately |exactly |only |just )?[-+$£€]?\\d|${lead}(?:it'?s|thats|that'?s|answer'?s)\\s+(?:about |around |approximately |exactly |only |just )?[-+$£€]?\\d`,
  'iu',
);
const answerInside = /\b(?:the )?(?:correct |real |right |actual |final )?answer (?:is|should be|would be|=)\s+[-+$£€]?\d/iu;

/** The critic quoting a wrong step of the response ("3x30=100??", "16x3=56 is a mistake") names an error of it. */
const complaint = /\b(?:wrong|incorrect|mistake|mistaken|error|errors|erroneous|not right|isn'?t right|nonsense|bogus)\b|\?\?|\?!|!\?/iu;
const negators = /\b(?:not|never|no|nothing|without|missing|wasn'?t|isn'?t|didn'?t|doesn'?t)\b/iu;
const arithmetic = /\d\s*(?:[-+*/×÷^x=]|\bplus\b|\bminus\b|\btimes\b|\bdivided by\b)\s*[-+(]?\d|=\s*[-+$£€]?\d/iu;
/** Code the critic writes or quotes: operators, brackets, calls ("Switch the >= with !=", "result = []"). */
const code = /[=<>!]=|[[\]{}]|\w\(|\s=\s/u;

/**
 * True for a clause that gives the critic's own answer or working instead of naming what the assistant did:
 * "the correct answer is 44/4=11", "should be 3 hours", "= 11", "5 + 3 = 8 apples", a bare "3 hours",
 * "it holds 50", or a line of code ("Switch the >= with !=", "result = []"). A clause that names the
 * assistant's act ("answered 12 instead of 11", "it said the answer is 12"), quotes its step as an error ("3x30=100??", "16x3=56 is a mistake") or negates the answer ("the correct
 * answer is never given") is a behaviour, not an answer.
 */
export function isCriticAnswer(clause: string): boolean {
  const text = clause.replace(/\s+/gu, ' ').trim();
  const stated = statedAnswer.exec(text);
  if (stated) {
    const rest = stated[1] ?? '';
    // "… is in the second paragraph", "… is buried at the end": where the response puts it, not a value.
    if (/^\W*(?:in|on|at|within|inside|buried|hidden|somewhere|there|here|mentioned|given|shown|listed|stated)\b/iu.test(rest)) return false;
    // "… is never given", "… is not there" deny the response has it; "50-5.8=44.2, not helpful" is still a value.
    return !/^\W*(?:not|never|no|nothing|missing|nowhere)\b/iu.test(rest) && !namesAssistant(rest, { pronouns: false }) && words(rest).length <= 8;
  }
  // "the answer is 11" names the answer only as the subject of the critic's value.
  const predicate = text
    .replace(/^\W*(?:the |a |your |its )?(?:final )?(?:answer|result|solution|output|total)\b/iu, '')
    .replace(/\b(?:the )?(?:correct |real |right |actual |final )?answer (?=is|should|would|=)/giu, '');
  if (namesAssistant(predicate, { pronouns: false })) return false;
  const content = contentTokens(text).length;
  // Code with a verdict on it ("fib(n-1) is wrong", "return n instead of n-1") is about the program.
  if (code.test(text) && content <= 3) return !negators.test(text) && !/\binstead\b/iu.test(text) && !complaint.test(text) && !words(text).some((word) => sentimentWords.has(word));
  const hasNumber = /\d/u.test(text);
  if (!hasNumber) return false;
  // "should be 32.25 kg not 13.25 kg", "It should be 50-5.6=44.4, incorrect": a verdict after the value changes nothing.
  if (statedValue.test(text)) return content <= 4;
  // "with only the given numbers the answer is 38 bags": the critic's value after some words of setting.
  if (answerInside.test(text)) return content <= 6;
  // "got the numbers right, 50-11.6=38.4" grades the response's working; "3x30=100??" quotes its wrong step.
  if (complaint.test(text) || words(text).some((word) => sentimentWords.has(word))) return false;
  if (arithmetic.test(text)) return content <= 3;
  // A bare value, or a short clause around one ("3 hours", "$12", "it holds 50").
  // "25.5 kg not 10.5 kg": a value set against the response's.
  if (/^\W*[-+$£€≈~]?\d/u.test(text)) return content <= 2;
  if (negators.test(text)) return false;
  return content <= 1 && /^\W*(?:it|this|that|they|he|she|which|total|result|answer)\s+\p{L}+\s+[-+$£€≈~]?\d/iu.test(text);
}
