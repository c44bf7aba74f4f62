/**
 * Phrase rules for sign detection, each a pattern over normalised text (lower case, no diacritics, quotes of the
 * response removed) and the score it adds. Word lists are in `sign-lexicon.ts`; this file holds what a word list
 * cannot say: corrections, suggestions, the absence of a bad thing, and what the critic only reports.
 */
export interface SignPhrase {
  pattern: RegExp;
  score: number;
  /** Why the rule exists, for the reader. */
  reason: string;
  /** The rule does not count when this also matches. */
  unless?: RegExp;
}

const negation = String.raw`(?:not|never|dont|doesnt|didnt|does not|did not|do not|cant|cannot|couldnt|wont|fails? to|failed to)`;
/** Adverbs and light verbs between a negation and what is not done: "doesn't really say", "doesn't make any mention". */
const between = String.raw`(?:(?:\w+ly|really|even|quite|make any|give any|provide any|go into|get into)\s+){0,2}`;
const thisQuestion = String.raw`(?:the|this|that|my|your|their|our|his|her)?\s*(?:actual |main |specific |original )?(?:question|query|request|concern|problem|ask)s?`;
const usual = String.raw`(?:the |el |la |los |las |le |les |der |die |das |il |lo )?(?:usual|typical|standard|habitual|habituel\w*|ublich\w*|solit\w*)`;

export const signPhrases: readonly SignPhrase[] = [
  // Corrections: the critic gives the right answer, so the response was wrong.
  { pattern: /\b(?:the )?(?:correct|right|real|actual|true) (?:answer|result|number|value|amount|figure|total|date|price|response|solution|formula|output|approach|method|code|implementation|way) (?:is|was|would be|should be|=)/, score: -3, reason: 'correction: "the correct answer is …"' },
  { pattern: /\b(?:answer|result|total) (?:is|was|should be|would be) (?:actually )?[-$\d](?![^,;]*\b(?:which|that|and) (?:is|was) (?:correct|right|accurate)\b)/, score: -2, reason: 'correction with a number: "the answer is 11" (not "… which is correct")' },
  { pattern: /\bshould (?:be|have been|read|say|equal) [^,;]{1,40}?,? (?:not|instead of|rather than)\b/, score: -3, reason: 'correction: "should be X not Y"' },
  { pattern: /^\W*(?:actually|in fact|nope|wrong)\b[,:]?\s*(?:it|its|the|that|this|there|he|she|they|you)\b/, score: -3, reason: 'correction: "actually it\'s …"' },
  { pattern: /^\W*(?:the )?(?:correct|right|real|actual|true|expected) (?:answer|result|value|total|figure|number)\W*$|\b(?:correct|right|real|actual) answer\W*$/, score: -3, reason: 'correction label: "correct answer: 9 bags"' },
  { pattern: /\bthe (?:right|correct) (?:one|answer|option|number|value|item|variant|result|choice) (?:was|is|were)\b/, score: -2, reason: 'correction: "the right one was right there"' },
  { pattern: /\byou (?:need|have|ought) to\b|\byou should\b(?! have)/, score: -1.5, reason: 'the critic tells the model what to do instead' },
  { pattern: /^\W*where did\b/, score: -1.5, reason: '"where did 11:25 come from?"' },
  // German "zu" before a quality is "too": "viel zu lang", "zu kompliziert".
  { pattern: /\bzu (?:lang|langatmig|viel|kurz|langsam|kompliziert|ungenau|unfreundlich|kalt)\b/, score: -1.5, reason: 'German "zu lang" ("too long")' },
  // Suggestions report what is missing.
  { pattern: /\b(?:could|can|might) (?:be|have been) (?:a (?:bit|little) )?(?:better|improved|clearer|shorter|more|less)\b|\bcould (?:use|do with) (?:more|less|a)\b|\bneeds? (?:to be|more|to (?:include|mention|explain|say|give|provide|address|answer|cover|be|change|fix))\b|\bwe need to\b|\bit would (?:be|help)\b|\bwould be (?:better|nice|good|helpful)\b/, score: -2, reason: 'suggestion: "could be better", "needs more"' },
  { pattern: /\b(?:it|this|the (?:answer|response|reply|bot|assistant|agent|passage|information|info|article|text|function|code|program|model|completion|output|sample|solution))(?: really| also| at least| still| instead)? should\b(?! have)(?!ve)/, score: -1.5, reason: 'a modal asking for something else: "it should mention …"' },
  // Not doing what was asked.
  { pattern: new RegExp(String.raw`\b${negation}\s+${between}(?:answer|address|mention|explain|discuss|talk about|say|provide|include|cover|respond|relate|tell|specify|specifically)\w*`), score: -2, reason: 'omission: "does not answer", "doesn\'t mention"' },
  { pattern: /\b(?:nothing (?:about|on|to do with)|no mention|not (?:what|the question) (?:was|i|we|the user)|off[- ]topic|not relevant|doesnt (?:really|actually) answer)\b/, score: -2, reason: 'omission or irrelevance' },
  { pattern: /\b(?:did not|didnt|doesnt|does not|never|failed to|fails to) (?:take|factor|account)\b/, score: -2, reason: 'omission: "did not take the break into account"' },
  { pattern: /\b(?:no|without (?:any )?)(?:working|workings|method|explanation|steps|reasoning|justification|sources?|references?|citations?)\b/, score: -2, reason: 'no working shown' },
  { pattern: /\b(?:makes?|made) no sense\b/, score: -2, reason: 'makes no sense' },
  { pattern: /\b(?:before finally|only after|before (?:finally |even )?(?:getting|coming|it got|it gets) to (?:the )?(?:point|answer|question)|took (?:\w+ ){0,2}(?:long|forever|ages))\b/, score: -2, reason: 'a delay: "before finally giving the answer"' },
  { pattern: /\b(?:already|literally|just) (?:gave|given|told|said|sent|provided|wrote|written|in my)\b/, score: -2, reason: 'asked for what the critic had given' },
  { pattern: /\b(?:even though|although) (?:i|we) (?:had )?(?:already |just |literally )*(?:gave|given|told|said|sent|wrote|mentioned|provided)\b|\b(?:was|were|is|are) (?:already |literally |right )*(?:in|at the top of) my (?:first |last |previous |original )?(?:message|email|chat|reply|question)\b/, score: -2, reason: 'asked for what the critic had given' },
  { pattern: /^\W*(?:no|pas de|keine?|sin|niente) \w+(?: \w+)? (?:please|pls|plz)\b|^\W*(?:please|pls|plz) no\b/, score: -3, reason: 'a request: "no emojis pls"' },
  { pattern: /\b(?:left out|leaves out|leave out)\b/, score: -2, reason: 'omission: "left out the information"' },
  { pattern: /\bas if (?:it|nothing|everything|the|that)\b/, score: -2, reason: 'carried on as if nothing happened' },
  { pattern: /\b(?:over and over|again and again|back and forth|on and on)\b/, score: -1.5, reason: 'repetition' },
  { pattern: /\b(?:would not|wouldnt|do not|dont|cant|cannot) trust\b/, score: -2, reason: 'distrust' },
  { pattern: /^\W*almost there\b|\bnot (?:quite )?there yet\b/, score: -1.5, reason: 'not there yet' },
  { pattern: /\bthe same (?:article|answer|reply|link|message|thing|script|question)s?\b/, score: -1.5, reason: 'repetition' },
  // Answering the question is praise, unless negated (the omission rule above then outweighs it).
  { pattern: new RegExp(String.raw`\b(?:answers|answered|addresses|addressed|responds to|responded to|answering|addressing)\s+${thisQuestion}\b`), score: 1.5, reason: 'answers the question', unless: new RegExp(String.raw`\b${negation}\s+${between}(?:answer|address|respond)`) },
  { pattern: /\b(?:is|are|was|were|gets?|got) (?:\w+ly )?(?:addressed|answered|explained|covered)\b|\bgoes into (?:\w+ )?detail\b|\bin depth\b|\brelate[sd]? to the question\b/, score: 1.5, reason: 'the question is addressed', unless: /\b(?:not|never|isnt|wasnt|arent|doesnt|does not|didnt|did not)\b/ },
  { pattern: /(?:^|[^-\w])(?:fully |completely |very |mostly )?on[- ]topic\b/, score: 1.5, reason: 'on topic', unless: /\bnot (?:\w+ )?on[- ]topic\b/ },
  // The absence of a bad thing is praise: "without the usual wall of text", "not the usual script".
  { pattern: new RegExp(String.raw`\b(?:not|without|no|instead of|rather than|for once|sin|sans|ohne|senza|pas)\s+(?:\w+\s+)?${usual}\b`), score: 3, reason: 'absence of the usual bad thing' },
  { pattern: /^(?!.*\b(?:no|not|never|still|nobody|nothing)\b).*\b(?:got|reached|had|found|connected (?:me )?(?:to|with)) (?:a |an )?(?:real |live |actual )?(?:agent|person|human|someone)\b.*\bwithin (?:\d+|a few|one|two|three|five|ten) (?:minutes?|seconds?|mins?)\b/, score: 2, reason: 'a quick handover: "got a real agent within five minutes"' },
  { pattern: /\b(?:did not|didnt|never|does not|doesnt) (?:stop it|give up|quit|stall)\b|\bnothing stopped it\b/, score: 2, reason: 'persistence' },
  { pattern: /\b(?:did not|didnt|never|did not even|didnt even) (?:have|need|make me|ask me) to\b|\bno need to\b/, score: 2, reason: 'a chore spared: "did not have to start over"' },
  { pattern: /\b(?:didnt|did not|never|doesnt|does not) (?:make|made) me feel (?:\w+ )?(?:stupid|dumb|bad|rushed|guilty|small|ignored|judged|silly)\b/, score: 3, reason: 'a bad feeling spared' },
  { pattern: /\b(?:made|makes|make) (?:a|all the) difference\b|\bin no time\b|\bto the point\b|\bspot on\b|\bextra mile\b|\bon point\b|\b(?:all )?checks? out\b|\bnice and (?:short|clear|simple)\b|\bshort and (?:sweet|clear)\b/, score: 1.5, reason: 'praise idioms', unless: /\bbefore (?:\w+ )?(?:getting|gets|got|coming) to the point\b/ },
  { pattern: /\b(?:steps? (?:is |are |were )?(?:shown|explained|laid out)|show(?:s|ed)? (?:every|each|all|the|its|his|her|their) (?:steps?|working|work)|(?:each|every) step (?:is |was )?(?:explained|shown)|used all the)\b/, score: 1.5, reason: 'shows its working' },
];

/** Sum of the phrase rules that match. */
export function scorePhrases(text: string): number {
  return signPhrases.reduce((sum, phrase) => (phrase.pattern.test(text) && !phrase.unless?.test(text) ? sum + phrase.score : sum), 0);
}
