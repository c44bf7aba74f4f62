/**
 * Content words that say nothing about which behaviour a group of critiques is about, so they never start or
 * end a name or a distinctive term: light and reporting verbs ("gave", "made", "asked", "understand"),
 * adverbs and hedges ("again", "never", "usual", "instead", "exactly"), time and quantity words ("week",
 * "minutes", "several"), verdicts ("solid", "mixed", "overall"), and Spanish, French and German function words
 * the stopword list lacks ("aunque", "toujours", "wieder"). Normalised (lower case, no diacritics, no
 * apostrophes). General language, not tuned to any one log; verbs that name a behaviour ("ignored",
 * "escalated", "clicked") are not here.
 */
export const genericWords: ReadonlySet<string> = new Set(
  `give gave given giving gives make made makes making take took taken takes taking put puts putting let lets
  letting ask asked asks asking use used uses using try tried tries trying seem seemed seems look looked looks
  looking see saw seen sees show showed shown shows keep kept keeps keeping start started starts end ended ends
  work worked works working understand understood understands understanding know knew known knows mean meant means
  happen happened happens provide provided provides providing help helped helps helping find found finds finding
  leave left leaves write wrote written writes writing read reads reading turn turned turns become became becomes
  bring brought brings consider considered want wants wanted need needs needed expect expected expects hope hoped
  tell tells told do does did done doing be is was were been being have has had having again never always ever
  usual usually instead still even already yet also maybe perhaps probably simply exactly almost nearly otherwise
  totally completely entirely absolutely definitely certainly clearly obviously apparently basically generally
  especially actually literally truly fully highly quickly slowly immediately finally right away anyway sometimes
  often since though although unless whether rather else least less whole entire kind sort lot bit tad ok fine
  sure true real thing things stuff way ways part parts piece point points fact time times week weeks day days
  today yesterday tomorrow hour hours minute minutes second seconds moment year years month months morning night
  once twice three four five six seven eight nine ten several couple few first second last next previous same
  different other another overall solid mixed decent smart clever pretty close enough able unable possible
  impossible sorry yes please lol ago someone somebody anyone anybody everyone everybody nobody somewhere anywhere
  everywhere nowhere idea reason half appear appears appeared firstly secondly thirdly lastly without within
  instead despite except via per upon onto towards toward across behind beyond around along among amongst
  throughout una uno unos aunque porque cuando donde como esta este esto eso esa ese todo toda todos nada algo
  otro otra cada habia hay fue era sido estaba dado dijo hizo tiene tengo puede pedir paso ya luego despues antes
  siempre nunca donc alors aussi comme tout toute tous toujours jamais encore deja quand parce avoir etre fait dit
  peut ist war hat haben wurde wieder immer einfach ganz schon dann wenn weil obwohl`.split(/\s+/).filter(Boolean),
);

/**
 * Adjectives that describe a reply or an object but do not head a name on their own: "long" names less than
 * "long answer", "disabled" less than "disabled button". They stay welcome as the first word of a phrase.
 */
export const modifierWords: ReadonlySet<string> = new Set(
  `long short brief lengthy verbose wordy concise formal informal casual vague clear unclear generic specific
  detailed simple complex exact actual correct incorrect accurate inaccurate polite rude cold warm robotic friendly
  direct empty full extra relevant irrelevant human automatic manual missing final initial original current new old
  main basic proper disabled enabled closed open available unavailable empathetic professional unprofessional
  numbered step-by-step zero upset angry frustrated confused stressed worried anxious annoyed`.split(/\s+/).filter(Boolean),
);
