import { words } from '../../text/content-tokens.ts';

/** Nouns for the assistant and what it produced (a reply, a passage, code, a step of a trajectory). */
const assistantNouns = new Set(
  `bot bots assistant chatbot ai agent model reply replies response responses answer answers output outputs explanation
  explanations passage passages article text link links instructions steps tone message messages email emails wording
  solution solutions code function functions program implementation loop condition conditions variable variables
  recursion return calculation calculations reasoning working method approach information info details emoji emojis sentence sentences paragraph
  paragraphs list bullet bullets format formatting greeting apology apologies`.split(/\s+/).filter(Boolean),
);

/**
 * Verbs that report something the assistant did or failed to do: said, answered, ignored, assumed, calculated,
 * returned, clicked … (past and present forms, as critiques use both).
 */
const assistantVerbs = new Set(
  `say said says told tells tell wrote writes write answered answer answers replied replies responded responds gave gives
  sent sends offered offers suggested suggests suggest tried tries kept keeps quoted quotes recited put transferred escalated
  escalate linked ignored ignores ignore ignoring missed misses miss forgot forgets forgetting forget assumed assumes
  assuming calculated calculates computed computes counted counts added adds subtracted subtracts multiplied multiplies divided
  divides used uses using returned returns return returning handled handles handle treated treats misread misreads
  misunderstood misunderstands understood understands explained explains explain mentioned mentions mention described
  describes addressed addresses address covered covers discussed discusses provided provides provide listed lists stated
  states claimed claims included includes include contains contained lacks lacked failed fails skipped skips skipping
  looked looks checked checks searched searches clicked clicks typed types navigated opened opens chose chooses picked
  picks made makes repeated repeats rounded rounds converted converts confused confuses mixed
  misinterpreted interpreted doubled applied applies solved solves insisted insists pushed pushes recommended recommends refused refuses
  discuss talk talks talked talking specify specifies specified focus focuses focused refer refers referred cite cites
  cited recommend advise advises advised summarise summarises summarize summarizes summarised summarized subtract add
  listened listens listen heard hears omitted omits omit overlooked overlooks overlook neglected neglects
  multiply divide count calculate compute convert round assume use answered handled
  antwort antwortet antwortete geantwortet schrieb respuesta respondio contesto dijo reponse repondu repond`.split(/\s+/).filter(Boolean),
);

/** "left out the 5 laps already run": "left" alone is often the problem's ("how many laps are left"). */
const leftOut = /\b(?:left|leaves|leave|leaving)\s+(?:\S+\s+){0,3}?out\b/iu;

/** Pronouns a critique uses for the assistant ("it ignored …", "you keep …"); in a story they are often the product. */
const assistantPronouns = new Set(['it', 'its', 'you', 'your', 'youre', 'u']);

export interface NamesAssistantOptions {
  /** Count "it"/"you" as naming the assistant. @default true */
  pronouns?: boolean;
  /** Words that do not count (normalised, as `words` returns them): e.g. the prompt's own words. */
  ignore?: ReadonlySet<string>;
}

/**
 * True when a clause names the assistant, its output or something it did ("the reply …", "it said …",
 * "answered 12 instead of 11", "never looked up my order"). With `pronouns: false` a bare "it" or "you" does not
 * count: in "my chair broke and it was charged twice" the "it" is the product.
 */
export function namesAssistant(clause: string, options: NamesAssistantOptions = {}): boolean {
  const pronouns = options.pronouns ?? true;
  if (leftOut.test(clause)) return true;
  return words(clause).some((word) => !options.ignore?.has(word) && (assistantNouns.has(word) || assistantVerbs.has(word) || (pronouns && assistantPronouns.has(word))));
}
