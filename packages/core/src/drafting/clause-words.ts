/**
 * The closed word lists and patterns the clause grammar of `read-behaviour.ts` reads critiques with: general English (and the
 * commonest French, Spanish, German and Italian function words), not tuned to one log.
 */
/** Verbs a critic addresses to the assistant as an order ("check the actual order", "answer the question"). */
export const imperativeVerbs = new Set(
  'keep give check let make use answer reply respond cut trim stick read look tell include show offer ask escalate transfer remember apologise apologize acknowledge confirm explain link quote drop get put be try listen fix help say send provide stay write follow respect find learn stop avoid focus skip leave ditch lose lead start end talk point verify double-check consider mention admit recognise recognize match speak switch think hand route connect'.split(' '),
);

/** Present-tense verbs a critic uses of the assistant, which could otherwise be read as plural nouns. */
export const presentVerbs = new Set(
  'uses gives asks answers replies responds keeps makes says puts sends ignores repeats promises pushes sounds feels forgets invents quotes offers suggests tries remembers escalates transfers explains gets goes takes tells clicks searches checks verifies reports loops stops skips misses opens closes picks selects handles treats assumes insists refuses fails lists adds talks writes reads starts ends follows breaks respects looks finds returns calls needs does shows provides includes contains omits leaves recognises recognizes acknowledges understands apologises apologizes matches speaks switches lacks wastes hallucinates fabricates'.split(' '),
);

/** Past forms that are not "-ed". */
export const irregularPast = new Set(
  'gave made told said got kept sent took knew went found forgot came began brought bought broke chose threw understood wrote left lost meant paid ran saw sold spent stood stuck did had thought led hid held fell won spoke showed drove heard built caught taught sought dealt misled misunderstood froze hung'.split(' '),
);

/** Words that are both an order and a past form: at the start of a clause, read as the critic's order ("read the room"). */
export const ambiguousPast = new Set(['read', 'put', 'let', 'set', 'cut', 'quit', 'shut', 'hit']);

/** "-ed" words that open a noun phrase as adjectives ("detailed steps", "repeated questions"), not a verb phrase. */
export const participleAdjectives = new Set(
  'detailed bloated confused frustrated annoyed disappointed impressed tired relieved surprised satisfied pleased worried delighted amazed excited interested bored embarrassed scripted canned automated outdated limited unrelated unwanted unsolicited complicated sophisticated personalised personalized unexpected repeated advanced mixed tailored rushed forced unneeded needed wasted added shared well-structured structured worded'.split(' '),
);

/** Verbs that name a behaviour on their own ("escalated", "apologised"); any other verb needs its object. */
export const intransitive = new Set('escalate apologise apologize hallucinate loop stall ramble guess lie repeat fail quit refuse hesitate overthink panic wait stop work help load run respond reply answer listen understand'.split(' '));

/** Words that judge rather than describe: a trait made only of them ("incorrect", "approach ok") says nothing. */
export const verdictWords = new Set('correct incorrect wrong right ok okay fine error mistake mistakes nope yes no approach answer one wel well done'.split(' '));

export const foreignWords = new Set(
  'le la les des du de est pas je il nous vous avec sans pour très tres merci trop beaucoup réponse reponse el los las del pero muy gracias sin por una con der die das und ist nicht ich sehr danke zu viel keine che non per della sono grazie molto troppo ma mi ha'.split(' '),
);

export const englishWords = new Set('the a an to and of in is it was my i you for that on with this not be at me but what so'.split(' '));

export const assistantSubject = /^(?:it|the (?:bot|assistant|agent|chatbot|model|ai|system|support bot|support agent)|this bot|the chat|you|he|she)\s+/u;
export const leadingFiller =
  /^(?:(?:so|hi|hey|ugh|well|honestly|tbh|wow|ok|okay|yeah|also|sadly|unfortunately|again|and|but|then|plus|overall|seriously|finally|meh|hmm|lol)[,.!:]*\s+|(?:great|good|nice|thanks|thank you|bad|awful|terrible)[,.!:]+\s+)+/u;
/** The critic's verdict before what the assistant did: "liked that it …", "good that it …", "love how it …". */
export const verdictLead =
  /^(?:(?:really|also|just|so)\s+)?(?:liked|loved|love|like|appreciated|appreciate|enjoyed|hated|hate|disliked|dislike|glad|happy|good|nice|great|impressed|annoyed|frustrating|annoying|amazing|cool)\s+(?:that|how|the way|when)\s+(?:it|the bot|the assistant|the agent|you)\s+/u;
export const negation = /^(?:did not|didn't|didnt|does not|doesn't|doesnt|do not|never|wouldn't|wouldnt|won't|wont|couldn't|couldnt|can't|cant|cannot|failed to|fails to|refused to|refuses to|forgot to|neglected to)\s+/u;
export const instructionLead = /^(?:(?:please|pls|plz|just|then|pls just|please just)\s+)?/u;
export const prohibitionLead = /^(?:(?:please|pls|plz|just)\s+)?(?:don't|dont|do not|never|stop|quit|avoid|no more)\s+/u;
export const wishLead = /^(?:should have|should've|shouldve|should|could have|needs to|need to|needed to|has to|had to|must)\s+/u;
export const adverbs = /^(?:just|also|only|completely|totally|actually|basically|clearly|simply|then|finally|even|literally|straight away|right away)\s+/u;
/** What the critic felt ("felt heard") is their own story, not an act of the assistant. */
export const feelings = /^(?:felt|feel|feels|was|were|am|got|get)\s+(?:heard|listened|ignored|understood|valued|annoyed|frustrated|lost|stuck|confused|happy|sad|angry|better|worse)\b/u;
/** Words that, right after a verb, show that the verb takes an object or a phrase (so "-ed" is a verb, not an adjective). */
export const verbFollowers = /^(?:me|my|the|a|an|that|this|to|in|up|on|with|for|it|its|everything|what|how|about|into|out|from|over|back|off|at|by|all|him|her|them|us|our|his|their|each|every|any|some|no|nothing|straight|right|exactly|which|when|where|why|who|whether|if|as|like|instead|again|\p{N})\b/u;
export const replyNouns =
  '(?:reply|replies|answer|answers|response|responses|tone|instructions|instruction|steps|step|summary|report|explanation|explanations|wording|output|code|solution|solutions|link|links|suggestion|suggestions|search|searches|query|queries|result|results|info|information|advice|apology|apologies|greeting|sign-off|format|formatting|writing|reasoning|calculation|math|logic|plan|final answer)';
export const qualitySubject = new RegExp(`^((?:(?:the|this|that|its|it's|your|each|every|all|some|his|her|their|all the|the whole|the final|the first|the last)\\s+)?(?:[\\p{L}-]+\\s+){0,2}?${replyNouns})\\s+`, 'u');
export const copula = /^(?:was|is|were|are|felt|feels|seemed|seems|looked|looks|sounded|sounds|came across as|read as|reads as|got|became|stayed|remained)\s+/u;
/** Critic or third party as subject: the critic's story or the product, not something the assistant did. */
export const storySubject = /^(?:i|i'm|im|i've|ive|i'd|id|my|we|we're|our|us|mine|the customer|the user|customers|users|the website|the site|the app|the page|the tracking page|the package|the parcel|the order|the product|the item|the delivery|the courier|the store|the shop|the company|the price|the task|the question|the prompt)\b/u;
