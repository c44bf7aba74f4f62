/**
 * Word lists for sign detection, normalised (lower case, no diacritics, no apostrophes). A trailing `*`
 * matches any continuation ("hallucinat*" → "hallucinated", "hallucinates"). English first, then the
 * commonest French, Spanish and German words.
 */
export const negators = new Set(
  `not no never dont doesnt didnt isnt wasnt arent werent wont cant cannot couldnt shouldnt wouldnt havent hasnt
  without nothing nobody none zero neither nor hardly barely ne pas jamais aucun aucune sans nunca sin ningun ninguna
  nada nicht kein keine keinen keiner nie ohne senza non mai nessun nessuna`.split(/\s+/).filter(Boolean),
);

export const negativeWords = compile(
  `wrong bad terrible awful horrible useless annoying annoyed annoys rude cold robotic dismissive ignor* unprofessional*
  pushy salesy upsell* hallucinat* invent* fake bogus fiction* false incorrect* inaccura* confus* vague unclear verbose
  wordy rambl* bloated padded irrelevant frustrat* wast* worst ridiculous hate hated cringe* inappropriate childish
  embarrass* obnoxious heartless condescending curt disappoint* fail failed failing broken stuck trapped loop*
  refus* forgot forgets forgetting repeat repeats repeated repeating repetitive spam* flippant deaf tldr sucks sucked
  annoyance mistake mistakes error errors misleading lied lying lie lies nonsense junk unacceptable impossible
  again twice overlong lengthy endless buried filler fluff generic canned boilerplate template nervig falsch erfunden
  kalt unpersonlich schlecht mauvais nul faux fausse froid froide glaciale inutile mal malo mala fria frio inutil
  incorrecta incorrecto invento panic* hassle fuss back-and-forth jargon stupid dumb guess* guilt* emoji* pushing script
  scripted irrelevant unhelpful incomplete lack lacks lacking lacked missing outdated misinformation dangerous blind* omit* omission* assum* waffl* restat* slip slips backwards misread* misunderst* miscalculat*
  miscount* misinterpret* trap* sbagliato
  sbagliata freddo fredda lento lenta langsam`,
);

export const positiveWords = compile(
  `great good nice lov* liked helpful appropriate perfect perfectly thanks thank excellent awesome
  fantastic amazing brilliant wonderful clear clearly concise brief appreciat* glad happy kind kindly warm caring
  empathetic empathy patient friendly polite professional smooth seamless seamlessly quickly fast accurate
  accurately correct correctly refreshing easy simple worked works solved helped exactly super heard understood
  remembered respect respects respected accepted proper properly sincere sincerely genuine genuinely compassionate gentle kudos bravo
  spot efficient instantly immediately finally merci parfait genial claire claires clair gracias perfecto excelente
  amable correcta correcto claros claras danke toll hilfreich einfuhlsam korrekt perfekt klasse freundlich bien
  bene ottimo ottima perfetto perfetta chiaro chiara grazie gentile cheers relevant detailed thorough thoroughly
  informative useful direct directly quick succinct gut solid persistent right match matches matched compact decent`,
);

export interface WordList {
  words: ReadonlySet<string>;
  prefixes: readonly string[];
}

function compile(list: string): WordList {
  const entries = list.split(/\s+/).filter(Boolean);
  return {
    words: new Set(entries.filter((entry) => !entry.endsWith('*'))),
    prefixes: entries.filter((entry) => entry.endsWith('*')).map((entry) => entry.slice(0, -1)),
  };
}

/** Thanks are not flipped by a negation before them ("without pushing Gold, thank you"). */
export const thanksWords = new Set(['thanks', 'thank', 'thx', 'merci', 'gracias', 'danke', 'grazie', 'cheers']);

/** Verbs after which a complaint word is the critic's feeling the assistant recognised ("acknowledged how frustrating"). */
export const acknowledgingPrefixes = ['acknowledg', 'understood', 'understand', 'recogni', 'sympathi', 'validat', 'empathi'];

/** Adjectives that describe the question, not the reply, before these nouns ("a simple question"). */
export const questionNouns = new Set(['question', 'questions', 'request', 'task', 'query', 'thing', 'fix', 'ask', 'note', 'one', 'mistake', 'error', 'slip', 'arithmetic']);

/** Words after which "right" is a place or a time ("right there", "right after I asked"), not praise. */
export const rightAdverbContext = new Set(['there', 'after', 'before', 'now', 'here', 'at', 'in', 'on', 'when', 'next', 'below', 'above', 'away', 'into', 'off']);
export const questionAdjectives = new Set(['simple', 'easy', 'basic', 'quick', 'straightforward', 'short', 'clear']);

/** Nouns for what the critic or the task set out: praise words right after them describe the task, not the reply ("the task clearly said 09:30"). */
export const taskNouns = new Set(['task', 'tasks', 'prompt', 'instructions', 'instruction', 'constraint', 'brief']);

export function inWordList(list: WordList, word: string): boolean {
  return list.words.has(word) || list.prefixes.some((prefix) => word.startsWith(prefix));
}

/** Verbs that open an instruction to the assistant ("stop using …", "keep it short"): the critic wants a change. */
export const prohibitiveOpeners = new Set(['dont', 'stop', 'never', 'avoid', 'quit']);
export const requestOpeners = new Set(
  `keep give check let make try use answer reply respond get cut trim read drop stick look put tell include show add
  remove say be learn`.split(/\s+/).filter(Boolean),
);

/** Past forms after "never"/"dont" that mark a report ("never asked me again"), not an instruction. */
export const reportVerbPattern = /(?:ed|made|gave|said|told|got|kept|let|put|did|had|was|were|went|knew|took|sent|found|came)$/;
