/**
 * Function words (English plus the commonest French, Spanish and German ones), negations and chat filler.
 * They carry no behaviour, so embeddings and distinctive terms skip them. Entries are normalised
 * (lower case, no diacritics, no apostrophes).
 */
export const stopwords: ReadonlySet<string> = new Set(
  `a about above after against all also am an and any are as at be because been before being below between both
  but by can could did do does doing down during each few for from further had has have having he her here hers him
  his how i if in into is it its itself just me more most my myself no nor not of off on once only or other our ours
  out over own same she should so some such than that the their them then there these they this those through to too
  under until up very was we were what when where which while who whom why will with would you your yours yourself
  im ive id ill youre youve its thats theres dont doesnt didnt isnt wasnt arent werent wont cant cannot couldnt shouldnt
  wouldnt havent hasnt hadnt lets u ur pls plz please thanks thank thx ty hi hello hey dear team ok okay so well yes yeah
  yep nope oh ah uh um hmm ugh lol lmao tbh btw imo fyi really actually literally honestly basically seriously even anyway anyways
  still already just quite rather pretty much many way bit lot lots thing things stuff something anything everything
  nothing one ones got get gets getting go going gone went come came say said says tell told want wanted
  need needed know think feel felt like bot bots assistant chatbot ai it's
  le la les un une des du de et ou mais est sont pas ne je tu il elle nous vous ils elles me te se mon ma mes ton ta
  ce cette ces qui que quoi dans pour par sur avec sans au aux en y a ai avait etait tres plus moins bien merci
  el los las unos unas del y o pero es son no yo tu ella nosotros ellos mi mis su sus que quien en para por con sin
  al lo le les se muy mas gracias hola me te
  der die das ein eine einen dem den des und oder aber ist sind nicht ich du er sie es wir ihr mein meine dein sein
  zu mit fur auf im am vom zum zur von bei nach sehr danke hallo auch schon noch`.split(/\s+/).filter(Boolean),
);

/**
 * Words that say how the critic felt, not what the assistant did ("great", "terrible"). The sign of an aspect
 * carries this; keeping them in embeddings would pull every praise together regardless of behaviour.
 */
export const sentimentWords: ReadonlySet<string> = new Set(
  `good great nice love loved lovely liked awesome amazing excellent fantastic brilliant wonderful perfect perfectly
  super cool fine bad terrible awful horrible worst poor disappointing disappointed annoying annoyed ridiculous
  unacceptable acceptable glad happy sad wow meh job kudos bravo cheers congrats appreciated appreciate appreciates
  helpful unhelpful useless fail failed fix fixed asap parfait genial genial perfecto excelente toll klasse gut
  mal malo mauvais nul wrong right refreshing disappointment better best worse seriously really`.split(/\s+/).filter(Boolean),
);
