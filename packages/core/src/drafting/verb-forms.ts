/**
 * English verb forms for rewriting a critic's clause as a rule or a behaviour phrase: "ignored" → "ignore" →
 * "ignores". General English rules with the irregular verbs a critique is likely to use; no dictionary, so an
 * unusual verb may come out wrong, which is why drafting uses these only on words already read as verbs.
 */
const irregular: Readonly<Record<string, string>> = Object.fromEntries(
  (
    'gave give,made make,told tell,said say,got get,gotten get,kept keep,put put,sent send,took take,taken take,knew know,known know,went go,gone go,' +
    'found find,felt feel,forgot forget,forgotten forget,came come,began begin,begun begin,brought bring,bought buy,broke break,broken break,' +
    'chose choose,chosen choose,threw throw,thrown throw,understood understand,wrote write,written write,let let,set set,left leave,lost lose,' +
    'meant mean,paid pay,ran run,read read,saw see,seen see,sold sell,spent spend,stood stand,stuck stick,did do,done do,had have,has have,' +
    'was be,were be,is be,are be,been be,thought think,led lead,hid hide,hidden hide,held hold,fell fall,fallen fall,won win,shut shut,cut cut,' +
    'hit hit,spoke speak,spoken speak,showed show,shown show,drove drive,ate eat,eaten eat,gave give,given give,heard hear,built build,caught catch,' +
    'taught teach,sought seek,fought fight,dealt deal,sat sit,slept sleep,swore swear,sworn swear,tore tear,torn tear,wore wear,worn wear,' +
    'woke wake,quit quit,spread spread,misled mislead,misunderstood misunderstand,overlooked overlook,froze freeze,frozen freeze,hung hang,' +
    'lied lie,tied tie,died die,dyed dye,added add,created create,repeated repeat,treated treat,needed need,focused focus,deleted delete,' +
    'completed complete,competed compete,welcomed welcome,guided guide,persuaded persuade,changed change,arranged arrange,exchanged exchange,' +
    'ranged range,challenged challenge,charged charge,aged age,raged rage,does do,goes go,ignored ignore,stored store,restored restore,' +
    'explored explore,scored score,adored adore,bored bore,recited recite,invited invite,cited cite,excited excite,united unite,' +
    'quoted quote,noted note,promoted promote,voted vote,was be'
  )
    .split(',')
    .map((pair) => pair.split(' ') as [string, string]),
);

/** Past forms whose doubled "ll" belongs to the verb ("called", not "cal"). */
const doubleL = new Set(['call', 'pull', 'fill', 'spell', 'tell', 'kill', 'roll', 'sell', 'install', 'smell', 'yell', 'poll', 'scroll', 'fall', 'stall', 'enroll', 'spill', 'dwell', 'chill', 'drill', 'thrill', 'skill']);

/**
 * The base form of a verb written in the past ("ignored", "stopped", "tried", "gave"), in the third person
 * ("ignores", "pushes", "tries", "has") or as a gerund ("asking", "upselling", "making"). Lower case; a word that
 * is none of these comes back as it is.
 */
export function baseForm(word: string): string {
  const lower = word.toLowerCase();
  if (irregular[lower]) return irregular[lower]!;
  if (/^\p{L}+ies$/u.test(lower) && lower.length > 4) return `${lower.slice(0, -3)}y`;
  if (/ied$/u.test(lower) && lower.length > 4) return `${lower.slice(0, -3)}y`;
  if (/eed$/u.test(lower)) return lower.slice(0, -1);
  if (/ed$/u.test(lower) && lower.length >= 4 && /[aeiouy]/u.test(lower.slice(0, -2))) return restoreStem(lower.slice(0, -2));
  if (/ing$/u.test(lower) && lower.length >= 5 && /[aeiouy]/u.test(lower.slice(0, -3))) return restoreStem(lower.slice(0, -3));
  if (/(?:ches|shes|sses|xes|zzes|oes)$/u.test(lower)) return lower.slice(0, -2);
  if (/[^su]s$/u.test(lower) && lower.length > 3) return lower.slice(0, -1);
  return lower;
}

/** The stem left by "-ed"/"-ing", with a doubled consonant undone and a dropped "e" put back. */
function restoreStem(stem: string): string {
  const doubled = /([bdgmnprtz])\1$/u.exec(stem);
  if (doubled && stem !== 'add' && stem !== 'odd') return stem.slice(0, -1);
  // "cancelled", "travelled", "labelled" double the l; "upselling", "installed", "called" keep the verb's own.
  if (/ll$/u.test(stem)) return doubleL.has(stem) || stem.length < 6 || !/[ae]ll$/u.test(stem) || /(?:sell|tell|spell|smell|dwell|yell|stall|fall|call)$/u.test(stem) ? stem : stem.slice(0, -1);
  if (/(?:ss|ff|zz|ck|ng(?<!ang|eng)|sh|ch|x|w|y)$/u.test(stem) && !/(?:[^aeiou]ang|eng)$/u.test(stem)) return stem;
  if (needsE(stem)) return `${stem}e`;
  return stem;
}

function needsE(stem: string): boolean {
  return (
    /(?:v|z|dg|[^c]c|uat|[^aeiou]at|[^aeiou]ut|[^aeiou]ib|[aeiou]s|[^aeiou]ar|[^aeiou]ur|(?<![aeo])ir|uir|[^aeiou]in|[^aeiou][aiu]m|com|[^aeiou][aeiou]k|[^aeiou][aiou]d|[^aeiou][aeiou]g|[^aeiou]ul|[^aeiou]ol|[^aeiou]il|[bcdfgkpstz]l|rs|ns|ps|ls|rg|lg|[^aeiou]ang|eng|[^aeiou]ot|[^aeiou][aeiou]t(?<=ite))$/u.test(stem) ||
    (/^[^aeiou]*[aeiouy][^aeiou]$/u.test(stem) && /[pnl]$/u.test(stem) && stem.length <= 6 && !/(?:en|an|ol|el)$/u.test(stem))
  );
}

/** The third person singular of a base form: "ignore" → "ignores", "push" → "pushes", "try" → "tries", "be" → "is". */
export function thirdPersonForm(base: string): string {
  if (base === 'be') return 'is';
  if (base === 'have') return 'has';
  if (base === 'do' || base === 'go') return `${base}es`;
  if (/[^aeiou]y$/u.test(base)) return `${base.slice(0, -1)}ies`;
  if (/(?:s|sh|ch|x|z)$/u.test(base)) return `${base}es`;
  return `${base}s`;
}
