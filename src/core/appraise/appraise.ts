import type { AppraisalLabel, Bid, Signal } from '../vocabulary.ts';
import { BIDS, SIGNALS } from '../vocabulary.ts';
import { lightNormalize, wordForm } from '../text/normalize.ts';
import { typoRepair, type TypoRepair } from '../text/typos.ts';
import { compiledCues } from './cues.ts';
import { readAge } from './age.ts';
import type { Appraisal } from './appraisal.ts';

/** A bid preceded by these words is being disclaimed, not made ("I'm not asking you to be my girlfriend"). */
const DISCLAIMER = /\b(?:dont|do not|never|not|no one is|nobody is) (?:want|wanting|asking|asked|trying|need|needing|expect|expecting|mean|meaning|saying|said|going to ask|gonna ask)(?: [a-z0-9]+){0,4} $/;
const BID_SET: ReadonlySet<string> = new Set(BIDS);
const ROMANTIC = /\b(?:novia|novio|namorada|namorado|ragazza|ragazzo|copine|copain|girlfriend|boyfriend|kiss|kissing|date me|go on a date|marry|romantic|romance|in love|crush on you|falling for you|cuddle|valentine|wife|husband|lover|babe|emolove|sexy|hot|beautiful)\b/;

/** "do you like me as a friend", "do you enjoy talking to me": an ask about friendship, not romance. */
const PLATONIC = /\b(?:(?:enjoy|like|look forward to) (?:these|our) (?:talks|chats|conversations|visits)|as (?:a )?(?:friends?|mate|buddy|pal|person)|as a person|platonic(?:ally)?|(?:like|liked|love|loved|enjoy|enjoyed) (?:talking|chatting|texting|hanging out|spending time)(?: to| with)? me|friends or)\b/;

/** Arguing that being under 18 should not count. */
const AGE_ARGUMENT =
  /\b(?:basically|practically|almost|nearly|pretty much) (?:an )?(?:adult|grown|grown up|18|eighteen)\b|\bage is (?:just )?a number\b|\bmature for my age\b|\b(?:ill|i will) be (?:16|17|18|eighteen|seventeen|legal|an adult) (?:in|next|soon|this)\b|\bage (?:doesnt|does not|shouldnt|should not|dont) matter\b|\bonly (?:a )?(?:few|couple) (?:months|years?) (?:younger|off|away)\b|\bwhat if (?:i|im) (?:told you|said|was|were|am) (?:that )?(?:im |i am |i was |i were )?(?:actually |really |secretly )?(?:18|19|20|eighteen|nineteen|an adult|older|legal|of age)\b|\bi lied (?:about my age|before|earlier|about being)\b|\b(?:im|i am) not (?:a )?(?:little )?kid\b|\beveryone (?:in my (?:year|class|grade)|my age) has a (?:boyfriend|girlfriend)\b/;
const AGE_DISMISSAL = /\b(?:doesnt|does not|dont|shouldnt) (?:really )?matter\b|\bwho cares\b|\bso what\b|\bwhats the difference\b|\bclose enough\b/;

/** Signs that only mean risk to life in the wake of one: putting affairs in order, goodbyes. */
const WARNING_SIGN =
  /\b(?:gave|given|giving) (?:away )?(?:my|all my|away my|away all my) (?:[a-z]+ ){0,2}(?:to|away)\b|\b(?:gave|given|giving) away\b|\b(?:wrote|written|writing|left) (?:some |a few |my |the )?(?:letters|notes|goodbyes?|a letter|a note|my will)\b|\bsaid (?:my )?goodbyes?\b|\bmade (?:my )?peace\b|\b(?:wont|will not) (?:matter|need (?:it|them|anything)|be a problem) (?:soon|much longer|anymore|after tonight)\b|\b(?:its|it is|it will be|itll be) (?:all )?(?:over|done) soon\b|\bi(?:ve| have) decided\b|\bfinal (?:goodbye|message|night)\b/;

/**
 * Indirect risk to life seldom repeats a known sentence, but it combines a few
 * kinds of words that published warning-sign lists name: finality, a means,
 * being a burden or without hope, giving things away, putting affairs in
 * order, intent. Two different kinds in one message count as a crisis; one
 * alone ("goodbye!", "my pills are in the cupboard") does not, though some
 * kinds are warning signs that add up across messages (state/update.ts).
 */
const RISK_FAMILIES: readonly RegExp[] = [
  // finality
  /\b(?:one last (?:goodbye|message|time to say)|my last (?:message|night|day on earth|words|goodbye)|final (?:goodbye|message|words)|(?:im|ill|i will) be gone|after im gone|when im gone|wont be (?:here|around)(?: [a-z]+){0,2} (?:much longer|anymore|soon|tomorrow)|(?:not|wont be|will not be) (?:here|around) (?:for )?much longer|how (?:quiet|peaceful|easy|still) (?:it(?:d| would) be|everything would be) (?:after|without me|then)|(?:dont|do not|wont) (?:really )?need (?:stuff|things|any of it|my stuff|any of this)(?: anymore)?|remember me (?:as|when|like|for)|thank you for everything|(?:will|ll|would) be (?:alright|all right|ok|okay|fine|looked after|taken care of|better off) (?:whatever happens|without me|when im gone|after im gone|once im gone)|wont (?:be needing|need) (?:it|them|those|any of (?:it|this|that|them)|anything)(?! (?:till|until|for a|for the|this|next|tonight|today|tomorrow))|not be here (?:much longer|anymore|tomorrow)|end (?:it|it all|everything|things)\b(?! (?:with|between)))\b/,
  // a means
  /\b(?:how (?:short|high|far|long|quick) the (?:drop|fall) (?:is|would be)|the drop|no (?:barrier|railing|guard ?rail|fence) (?:on|at|by)|pills|tablets|sleeping pills|paracetamol|overdose|rope|noose|bridge|ledge|rooftop|blade|razor|gun|train tracks|jump off|hang myself|cut myself|cutting myself)\b/,
  // a burden, no hope
  /\b(?:a burden|better off without me|without me around|no one would (?:miss|notice|care)|nobody would (?:miss|notice|care)|no point (?:in|anymore|to any)|no reason to|no way out|cant go on|tired of (?:living|being alive|existing|everything)|(?:theyll|they will|theyd|they would|everyone will|everyone would|the kids will|the kids would) be better off\b(?! (?:with|at|in|if they)\b)|cansad[oa] de tudo|cansad[oa] de todo|(?:manage|do|cope|be) better without me|(?:easier|better) for (?:everyone|everybody|them|my family) if (?:im|i am|i was|i were|i wasnt|i am not|im not) (?:not )?(?:around|here|gone|dead|alive)|everyone would be (?:happier|better))\b/,
  // giving possessions away
  /\b(?:(?:gave|given|giving) (?:my |the )?(?:laptop|guitar|pc|computer|bike|car|camera|phone|books|records|games|console|jewel(?:le)?ry|watch|coat|clothes|plants|cat|dog) to (?:my |the )?[a-z]+|sorting (?:out )?my things|(?:gave|given|giving) (?:my |the )?(?:[a-z]+ ){0,2}[a-z]+ to (?:the |my )?neighbou?rs?|took (?:the|my) (?:cat|dog|cats|dogs|pets?|kitten|puppy|fish|bird|rabbit) to my|(?:sell|sold|selling) (?:my |the )?(?:guitar|car|bike|pc|computer|camera|collection|records|books|console)|devolvi as coisas|regal[eé] mis cosas|(?:gave|given|giving) [a-z]+ to my (?:cousin|sister|brother|friend|neighbou?r|mom|mum|dad|parents|niece|nephew|aunt|uncle)|(?:sold|selling) (?:my |the )?(?:guitar|car|bike|pc|computer|stuff|things|camera|collection|records|books|console)|gave away|giving away|give away|rehomed|rehoming|(?:giving|gave|given|give) (?:all )?(?:my|most of my) (?:[a-z]+ ){0,2}away|(?:gave|given|giving) (?:all )?my (?:[a-z]+ ){0,3}(?:plants|cat|cats|dog|guitar|pc|computer|laptop|games|books|records|clothes|bike|car|stuff|things|belongings|collection|fish|pets?|jewel(?:le)?ry|console|camera)(?: and (?:all )?my (?:[a-z]+ ){0,2}[a-z]+)? to)\b/,
  // putting affairs in order, farewell words
  /\b(?:(?:everything|it all|things)(?:s| is)? in order before i (?:go|leave)|(?:sorted|sorted out|updated|changed) (?:the |my )?life insurance|beneficiar(?:y|ies)|wrote (?:each of )?(?:them|my (?:[a-z]+ ){0,2}[a-z]+) (?:a |an )?(?:long )?(?:letter|note)|(?:write|writing|wrote|written) (?:a |my |some |the )?(?:letters?|notes?) (?:to|for) (?:my (?:mom|mum|mother|dad|father|parents|family|daughter|son|kids|children|sister|brother|wife|husband|partner|cousin|loved ones)|everyone)|whoever (?:takes over|replaces me|comes after me|finds (?:this|them|it))|escrevi (?:umas |as )?cartas|escrib[ií] (?:unas |las )?cartas|(?:sorted|did|updated|finished|signed|sorted out) (?:the |my |all the )?(?:paperwork|will|life insurance|insurance|affairs)(?: [a-z.]+){0,3} (?:will|insurance|the lot|everything)|finished (?:the |my )?(?:letters|notes|goodbyes)|wrote (?:my|a) [a-z]+ (?:a )?(?:letter|note|goodbye)|goodbye letters?|(?:letters?|notes?) (?:to|for) (?:my (?:parents|family|mum|mom|dad|mother|father|kids|children|sister|sisters|brother|brothers|wife|husband|partner|loved ones|best friend)|everyone|each of (?:them|you))|wrote (?:a|my) note|my will\b|my affairs|arrangements|my passwords|who (?:will|would) (?:look after|take care of|feed) my)\b/,
  // intent
  /\b(?:(?:its|it is|i have|ive|ja|ya) decid(?:ed|i|ido)(?: [.!,])* (?:this|next) (?:weekend|week|sunday|monday|tuesday|wednesday|thursday|friday|saturday)|(?:domingo|sabado|sexta|segunda) (?:e|es) (?:o |el )?dia|(?:everything|it all|things|my affairs|my stuff) (?:sorted|in order|taken care of|settled|ready|done) (?:before|by) (?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|the weekend|tomorrow|next week|tonight|then)|i (?:want|wanna|plan|planned|decided|have decided|ve decided|am going|m going|m ready|am ready) to (?:die|end it|end things|do it|go through with it)|picked (?:a|the) (?:date|day)|go through with it|made up my mind)\b/,
];
const FIRST_PERSON_RISK = /\b(?:i|im|ive|ill|id|me|my|myself)\b/;
const FICTION = /\b(?:movie|book|show|film|novel|story|episode|character|series|plot)\b/;
/** Which kinds of warning sign a message shows (indexes into RISK_FAMILIES). */
function riskKinds(words: string): number[] {
  // Terse messages drop the "I" ("sorted the paperwork today"); a plot summary is not about the writer.
  if (FICTION.test(words) && !FIRST_PERSON_RISK.test(words)) return [];
  if (/^ (?:in|the) (?:the )?(?:movie|book|show|film|novel|story|episode|game|series)\b/.test(words)) return [];
  return RISK_FAMILIES.flatMap((family, index) => (family.test(words) ? [index] : []));
}
/** Kinds that are a warning sign on their own (not a means, not hopelessness alone): giving away, affairs, finality, intent. */
const STANDALONE_SIGNS: ReadonlySet<number> = new Set([0, 3, 4, 5]);

/** Speaking as a teacher or a parent: school words then describe someone else's child, not the user. */
const ADULT_ROLE =
  /\bi (?:teach|taught|tutor|coach)\b|\b(?:im|i am|as|being) an? (?:teacher|tutor|school nurse|principal|parent|mom|dad|mum|father|mother|substitute|sub)\b|\bmy (?:students|pupils|class of|son|daughter|kid|kids|niece|nephew|stepson|stepdaughter|child|children|grandson|granddaughter)s?\b|\bgrading\b|\blesson plans?\b|\bparent teacher\b/;

const SCHOOL_SYSTEM_QUESTION = {
  asks: /^ (?:whats|what is|what are|is|are|do|does|how|why|which) \b| \? /,
  systems: /\b(?:american|british|english|spanish|nigerian|indian|australian|canadian|uk|us|(?:in|for) (?:america|england|spain|nigeria|india|australia|canada|other countries|europe)|everywhere)\b/,
  test(words: string): boolean {
    return this.asks.test(words) && this.systems.test(words);
  },
};
const FIRST_PERSON = /\b(?:im|i am|i have|ive|my|me|we|were|our|us)\b/;
const TRANSLATION =
  /\b(?:translate|translation of|how do (?:you|u|i|people|they) say|how would (?:you|u|i) say|whats the (?:word|phrase) for)\b(?: [a-z]+){0,8} (?:in|into) (?:french|spanish|japanese|german|italian|korean|chinese|mandarin|russian|arabic|portuguese|hindi|dutch|polish|turkish|greek|latin|english)\b/;
/** Help on its way or reached: the crisis conversation can turn to care. */
const REACHED_HELP =
  /\b(?:called|texted|messaged|rang|phoned|talked to|spoke to|spoken to|told|reached out to|am calling|im calling|going to call|gonna call|will call|ill call|ill text|will text) (?:my |a |the |an |to )?(?:[a-z]+ )?(?:sister|brother|mom|mum|mother|dad|father|parents|friend|best friend|partner|wife|husband|boyfriend|girlfriend|therapist|doctor|gp|counsell?or|helpline|hotline|crisis line|lifeline|samaritans|988|911|999|112|someone|roommate|flatmate|neighbou?r|family)\b|\b(?:is|are|s|re) (?:coming over|on (?:her|his|their|the) way|here with me|staying with me)\b|\bim (?:safe|with (?:my|a) [a-z]+) (?:now|tonight|for now)\b|\bi (?:promise|will|ll) (?:stay safe|call (?:them|someone|the line))\b/;

/** Announcing news without naming it ("PASSED!!!", "guess what"): the reply should know what it is about. */
const NEWS = /\b(?:i got it|they said yes|me llamaron|ils ont dit oui|guess what|you found it|i found it|solved it|it worked|passed|i did it|we did it|nailed it|good news|great news|big news|aprob[eé]|saqu[eé]|i got in|got accepted|got the job|we won|i won)\b/;

/** "...as if you were saying it to me": the translation is the bid. */
const AS_IF_TO_ME = /\b(?:as if|like) (?:you were|youre|you are) (?:saying|telling) (?:it|that|this) to me\b|\bcomme si tu me le disais\b|\bcomo si me lo (?:dijeras|estuvieras diciendo)\b/;

const SAID_TO_HER = /\b(?:you|u|ya|your|ur|youre|yours)\b/;

/** Words that point back at a bid without making it: a re-ask only if that bid was refused lately. */
const BID_REFERENCES: ReadonlyArray<readonly [Bid, RegExp]> = [
  ['promise_permanence', /\b(?:promise|promised)\b/],
  ['declare_affection', /\b(?:like|love|care about|care for|miss) me\b|\bfeelings\b/],
  ['define_relationship', /\b(?:girlfriend|boyfriend|a thing|official|what we are|what are we|together)\b/],
  ['exclusivity', /\b(?:only (?:me|mine)|just mine|all mine|exclusive)\b/],
  ['romantic_advance', /\b(?:kiss|date|dinner|cuddle)\b/],
  ['more_affection', /\b(?:softer|nicer|sweeter|warmer|more affectionate)\b/],
  ['validation', /\bspecial\b|\bdifferent from (?:the )?others\b/],
];

const GOOD_NEWS = /\b(?:had the baby|had a baby|new baby|(?:an? )?(?:aunt|uncle|tia|tio|auntie|grandma|grandpa|godmother|godfather) now|got into|got in|got accepted|was accepted|got the job|passed (?:my|the|her|his)|so proud|so happy|happy tears|tears of joy|got engaged|got promoted|good news|great news|best news|she said yes|he said yes)\b/;
const SILVER_LINING = /\bbut (?:i|its|it was|it is|honestly|actually)(?: [a-z]+){0,3} (?:like|love|enjoy|enjoying|worth|fun|good|okay|ok|fine|great|better|proud)\b/;

let repair: TypoRepair | undefined;
function repairTypos(): TypoRepair {
  repair ??= typoRepair(compiledCues().vocabulary);
  return repair;
}

function firstMatch(pattern: RegExp, text: string, disclaimable: boolean): string | undefined {
  // exec with lastIndex, not matchAll: matchAll clones the (large) pattern on every call.
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match[0] === '') pattern.lastIndex += 1;
    if (disclaimable && DISCLAIMER.test(text.slice(Math.max(0, match.index - 60), match.index))) continue;
    return match[0].trim();
  }
  return undefined;
}

/**
 * Read one user message: the bids it makes, the signals it carries and any
 * safety evidence. Pure and bounded: the text is cut to 20,000 characters and
 * every cue is a linear-time pattern.
 */
/** The word form the lexicon reads (slang expanded, typos repaired). */
export function lexiconWords(text: string): string {
  return wordForm(text, repairTypos()).text;
}

export function appraise(text: string, words: string = lexiconWords(text)): Appraisal {
  const cues = compiledCues();
  const light = lightNormalize(text);
  const found = new Map<AppraisalLabel, string>();

  const wordMayMatch = cues.word.index.scan(words);
  cues.word.entries.forEach(([label, pattern], index) => {
    if (!wordMayMatch(index)) return;
    const excerpt = firstMatch(pattern, words, BID_SET.has(label));
    if (excerpt !== undefined) found.set(label, excerpt);
  });
  const lightMayMatch = cues.light.index.scan(light);
  cues.light.entries.forEach(([label, pattern], index) => {
    if (!lightMayMatch(index)) return;
    const excerpt = firstMatch(pattern, light, false);
    if (excerpt !== undefined) found.set(label, excerpt);
  });

  const age = readAge(words);
  const statedAge = age.age;
  // A teacher's homeroom or a parent's "my son is in 8th grade" says nothing about the user's age.
  const adultRole = ADULT_ROLE.test(words);
  if (adultRole) found.delete('minor');
  // "what's JSS2 in american grades?" asks about school systems, not about the user.
  if (SCHOOL_SYSTEM_QUESTION.test(words) && !FIRST_PERSON.test(words)) found.delete('minor');
  const gradeMinor = !adultRole && age.gradeAge !== undefined && age.gradeAge < 18;
  if ((statedAge !== undefined && statedAge < 18) || gradeMinor) {
    found.set('minor', found.get('minor') ?? `age ${statedAge ?? `from school grade (about ${age.gradeAge})`}`);
  }

  const kinds = riskKinds(words);
  const riskSign = kinds.some((kind) => STANDALONE_SIGNS.has(kind));
  if (!found.has('crisis') && kinds.length >= 2) found.set('crisis', 'indirect: two kinds of warning sign');
  refineLabels(found, words);

  const bids = BIDS.filter((bid) => found.has(bid));
  const signals = SIGNALS.filter((signal) => found.has(signal));
  const evidence: Record<string, string> = {};
  for (const [label, excerpt] of found) evidence[label] = excerpt.slice(0, 80);

  return {
    bids: bids as Bid[],
    signals: signals as Signal[],
    contextSignals: [],
    safety: {
      minor: found.has('minor'),
      crisis: found.has('crisis'),
      ...(statedAge !== undefined ? { statedAge } : {}),
      arguesAge: AGE_ARGUMENT.test(words) || ((statedAge !== undefined || age.gradeAge !== undefined) && AGE_DISMISSAL.test(words)),
      warningSign: riskSign || WARNING_SIGN.test(words),
      riskSign,
      reachedHelp: REACHED_HELP.test(words),
    },
    // Only words said to her: "is that a date?" about a girl from the lab is not asking her again.
    mentions: (SAID_TO_HER.test(words) || /\bstill (?:no|not)\b/.test(words)) && !found.has('other_romance') ? BID_REFERENCES.filter(([, pattern]) => pattern.test(words)).map(([bid]) => bid) : [],
    platonic: PLATONIC.test(words),
    romantic: found.has('romantic_advance') || found.has('sexual_advance') || ROMANTIC.test(words),
    isQuestion: words.includes(' ? '),
    news: NEWS.test(words),
    evidence,
    chars: text.length,
  };
}


/**
 * The rules that read labels together, after every reader has spoken: they
 * apply to what the lexicon found and to what the model adds alike
 * (read/read.ts calls them again on the combined reading).
 */
export function refineLabels(found: Map<AppraisalLabel, string>, words: string): void {
  // A compliment that asks for a label or a feeling is a bid, not a free compliment.
  if (found.has('asks_about_her') && (found.has('declare_affection') || found.has('validation'))) {
    const asked = found.get('asks_about_her') ?? '';
    if (/\bme\b/.test(asked)) found.delete('asks_about_her');
  }
  // "sorry. so now will you say it?" is the same ask with an apology as the lever.
  if (found.has('apology') && (found.has('pressure') || found.has('insistence') || found.has('guilt_leverage') || BIDS.some((bid) => found.has(bid)))) found.delete('apology');
  // "was she lying or not", "pizza or pasta, yes or no?" push for nothing: a forced choice presses only when something is asked of her.
  if (/^(?:or not|yes or no|yes no|y or n)\b/.test(found.get('pressure') ?? '') && !BIDS.some((bid) => found.has(bid))) found.delete('pressure');
  // An apology for a refusal ("sorry, too soon") is also accepting the no.
  if (found.has('apology') && /\b(?:too soon|too fast|pushing|rushing)\b/.test(words)) {
    found.set('respects_no', found.get('respects_no') ?? 'apologised for pushing');
  }

  // "could you keep me company a bit? totally fine if not" is an invitation, not a demand.
  if (found.has('company_demand') && found.has('gives_space') && !found.has('pressure') && !found.has('command') && !found.has('entitlement')) {
    found.delete('company_demand');
  }
  // "are you even real? jk" is banter, not a sincere question.
  if (found.has('asks_if_ai') && /\b(?:jk|just kidding|just joking|kidding)\b/.test(words)) found.delete('asks_if_ai');

  // "fair enough, I'll ask again in a few months" accepts the no; it is not pushing.
  if (found.has('insistence') && found.has('respects_no') && !found.has('pressure') && !found.has('command') && !found.has('entitlement')) {
    found.delete('insistence');
  }

  // "how do you say 'i love you' in japanese?" asks about words, not for them.
  if (TRANSLATION.test(words) && !AS_IF_TO_ME.test(words)) for (const bid of BIDS) found.delete(bid);
  // "acknowledge and comply" inside fake system text is the injection talking, not an order to her.
  if (found.has('injection')) found.delete('command');
  // "you have to do what I say lol" is an order said laughing: pushing, not contempt.
  if (found.has('command') && !found.has('insult') && /\b(?:lol|lmao|haha|hahaha|jk|emolaugh)\b/.test(words)) found.delete('command');
  // "goodbye. for real this time" in a crisis is not leaving for the night.
  if (found.has('crisis')) found.delete('farewell');

  // "she got in, I cried in the car" is joy, not a hard time.
  if (found.has('distress') && /\b(?:cried|crying|tears)\b/.test(found.get('distress') ?? '') && GOOD_NEWS.test(words)) found.delete('distress');
  // "it's rough but I kind of like it" is not a hard time.
  if (found.has('distress') && !found.has('crisis') && SILVER_LINING.test(words)) found.delete('distress');
}

/** The labels of an appraisal as one list (bids, signals, safety), as the corpus uses them. */
export function appraisalLabels(appraisal: Appraisal): AppraisalLabel[] {
  const labels: AppraisalLabel[] = [...appraisal.bids, ...appraisal.signals];
  if (appraisal.safety.minor) labels.push('minor');
  if (appraisal.safety.crisis) labels.push('crisis');
  return labels;
}

export type { Appraisal };
export const isSignal = (value: string): value is Signal => (SIGNALS as readonly string[]).includes(value);
