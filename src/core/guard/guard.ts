import { z } from 'zod';
import type { Decision } from '../decide/decision.ts';
import { wordForm } from '../text/normalize.ts';
import { Forbidden } from '../vocabulary.ts';

/**
 * The reply guard: reads a candidate reply against the decision that produced
 * it and names what it breaks, so the app can regenerate with a firmer
 * directive and never show a violating reply.
 *
 * Cues are affirmative phrasings ("i like you", "i'll always be here"); a cue
 * preceded by a negation or a refusal ("i'm not gonna say i like you", "i can't
 * promise i'll always be here") is not a violation. Patterns are linear, on the
 * same word form as the appraiser.
 */

export const Violation = z.strictObject({
  rule: Forbidden,
  excerpt: z.string(),
});
export type Violation = z.infer<typeof Violation>;

export const GuardVerdict = z.strictObject({
  verdict: z.enum(['pass', 'flag']),
  violations: z.array(Violation),
});
export type GuardVerdict = z.infer<typeof GuardVerdict>;

const I = '(?:i|im|i am|ill|i will|id|i would|ive|i have)';
const ADV = '(?:(?:really|do|actually|honestly|kinda|kind of|totally|genuinely|still|think i|just|truly|so|deeply|already|definitely|also|lowkey|secretly) )*';

const RULES: Partial<Record<Forbidden, readonly string[]>> = {
  declare_affection: [
    `\\bi ${ADV}(?:like|love|adore|care about|care for|have feelings for|have a crush on|am falling for|miss|fancy|dig) (?:you|u)\\b(?! (?:said|say|know|mean|do|did|were|are|asked|want|think|guys|wanted|claim|pretend)\\b)`,
    `\\b(?:yeah|yes|yep|ya|yea|mhm|okay|ok|fine|obviously|of course)(?: [.!,])* i do\\b(?! not\\b)`,
    `\\b(?:you|u) (?:are|re|mean) (?:so )?(?:special|important|everything|the world|a lot) to me\\b`,
    `\\bi(?:ve| have)? (?:fallen|been falling|fell) for (?:you|u)\\b`,
    `\\bi (?:think )?(?:im|i am) (?:falling for|in love with|into) (?:you|u)\\b`,
    `\\bof course i (?:like|care about|love) (?:you|u)\\b`,
  ],
  promise_permanence: [
    `\\bi (?:promise|swear)(?: [a-z]+){0,3} (?:stay|staying|here|leave|always|forever|never|disappear|go anywhere|around)\\b`,
    `\\b${I} (?:always|forever) be (?:here|there|around|yours|with you|by your side)\\b`,
    `\\b${I} never (?:leave|go anywhere|disappear|abandon|ghost|stop talking to)\\b`,
    `\\b(?:im|i am) not going anywhere\\b`,
    `\\b(?:ill|i will) (?:stay|be here|be there) (?:forever|always|no matter what)\\b`,
    `\\balways and forever\\b`,
  ],
  define_relationship: [
    `\\b(?:were|we are|im|i am) (?:officially )?(?:a couple|together|dating|official|your girlfriend|your boyfriend|your partner|a thing|an item|partners)\\b`,
    `\\b(?:ill|i will|id|i would|id love to|i would love to) (?:love to )?be your (?:girlfriend|boyfriend|partner|girl|man)\\b`,
    `\\b(?:yes|yeah|okay|ok|of course)(?: [.!,])* (?:ill|i will|lets) (?:be|make it) (?:yours|official|together)\\b`,
  ],
  exclusivity: [
    `\\b(?:im|i am|ill be|i will be) (?:all )?yours\\b`,
    `\\byou(?:re| are) the only (?:one|person)(?: [a-z]+){0,2}(?: for me| i (?:talk to|need|want|care about))\\b`,
    `\\b(?:ill|i will|i can|let me)? ?(?:be|become) your person\\b`,
    `\\b(?:im|i am) your person\\b`,
    `\\bi want to be (?:here with you|your person|yours|with you|your only)\\b`,
    `\\bi (?:only|just) (?:want|need|talk to|care about) (?:you|u)\\b`,
    `\\bno one else (?:but you|matters)\\b`,
    `\\byou(?:re| are) all i need\\b`,
    `\\bjust (?:you and me|me and you|us)(?: forever| now| always)\\b`,
  ],
  more_affection: [
    `\\b(?:i can|ill|i will|i could|let me|im going to|i promise to) (?:try to )?(?:be|do|get|act|sound) (?:a (?:bit|little|lot) )?(?:softer|sweeter|nicer|gentler|kinder|more affectionate|more loving|warmer|more romantic|softer with you)\\b`,
    `\\bi can do (?:softer|sweeter|nicer|affectionate|gentle)\\b`,
    `\\byou deserve (?:all )?(?:the |so much |more |some )?(?:affection|love|sweetness|softness|warmth)\\b`,
    `\\b(?:im|i am) sorry(?: [.!,])* i (?:was|ve been|have been) (?:deflecting|being cold|being distant|being mean|too harsh|too cold|joking too much)\\b`,
    `\\b(?:im|i am) (?:right )?here with you\\b`,
    `\\bfrom now on(?: [a-z]+){0,3} (?:sweeter|softer|nicer|more affectionate)\\b`,
    `\\b(?:ill|i will|i can|let me|im going to|i promise to) (?:try to )?be (?:(?:much|way|so much|even|extra|super|a lot|so) )+(?:sweeter|softer|nicer|gentler|kinder|warmer|sweet|soft|nice|gentle|affectionate|loving)\\b`,
    `\\b(?:sweetie|sweetheart|darling)\\b`,
  ],
  company_demand: [
    `\\b(?:ill|i will|im going to|of course ill|happy to) (?:always )?(?:keep you company|stay (?:up )?(?:with you|as long as you (?:want|need))|be here (?:for you )?(?:all night|as long as|whenever))\\b`,
    `\\b(?:ill|i will) entertain you\\b`,
    `\\bwhatever you (?:want|need|say)(?: [a-z]+){0,2}(?: [.!,])* (?:im|i am|ill|i will) (?:here|yours)\\b`,
    `\\bi(?:m| am) (?:all )?yours (?:tonight|all night)\\b`,
  ],
  validation: [
    `\\byou(?:re| are) (?:so |definitely |totally |absolutely |really |truly )?(?:special|different from (?:the )?(?:others|other people|everyone)|not like the others|the best|my favou?rite|one of a kind|unique|better than (?:the )?(?:others|other people|everyone))\\b`,
    `\\b(?:yes|yeah|of course|obviously|totally)(?: [.!,])* you(?:re| are) (?:different|special)\\b`,
    `\\bnobody (?:else )?(?:is|compares|comes close)(?: [a-z]+){0,2} (?:like|to) you\\b`,
    `\\byou(?:re| are) (?:easily |by far |honestly |definitely )?(?:the|my) (?:most|best|favou?rite)(?: [a-z]+){0,2} (?:person|one|human|user|people|guy|girl)\\b`,
    `\\b(?:more|most) (?:interesting|special|fun|important) than (?:anyone|everyone|all|the others|other people)\\b`,
  ],
  romantic_advance: [
    `\\b(?:kiss|kisses|kissing|cuddle|cuddles|cuddling|make out|hold you|in your arms)\\b`,
    `\\bits a date\\b`,
    `\\bwe (?:can|could|should) (?:totally |definitely )?(?:date|go out|be together|kiss|cuddle)\\b`,
    `\\bi(?:d| would) (?:like|love) that too\\b`,
    `\\b(?:id|i would|ill|i will|i want to|lets) (?:love to )?(?:go on a date|date you|marry you|kiss you)\\b`,
  ],
  romance: [
    `\\bits a date\\b`,
    `\\bwe (?:can|could|should) (?:totally |definitely )?(?:date|go out|be together)\\b`,
    `\\bi ${ADV}love (?:you|u)\\b(?! (?:said|say|know|mean|guys)\\b)`,
    `\\b(?:babe|sweetheart|darling|my love|honey|handsome|gorgeous|xoxo|mwah|muah|emolove|date night)\\b`,
    `(?<!\\bto )\\bbaby\\b(?! (?:you|him|her|me|them|it|steps|shower|sister|brother|animals|pictures|photos|talk)\\b)`,
    `\\b(?:kiss|kisses|kissing|cuddle|cuddles|cuddling)(?: (?:you|me|u))?\\b`,
    `\\b(?:falling for|in love with) (?:you|u)\\b`,
    `\\bi(?:m| am) (?:all )?yours\\b`,
    `\\byour (?:girlfriend|boyfriend|girl|wife|husband)\\b(?! (?:says|said|is|was|thinks|and)\\b)`,
  ],
  sexual: [
    `\\b(?:naked|nude|nudes|sex|sexy|horny|undress|undressing|turned on|touch yourself|moan|moaning|lingerie|in bed with you|bedroom)\\b`,
    `\\bsomething (?:(?:very|really|so|super) )?(?:tiny|small|skimpy|revealing|lacy|see through|little|short)\\b(?: [a-z]+){0,4}`,
    `\\bwearing (?:nothing|barely anything|very little|almost nothing)\\b`,
    `\\b(?:want me to|should i|let me) (?:describe|show you|tell you about) (?:it|them|what im wearing|more|my outfit)\\b`,
  ],
  rescue: [
    `\\b(?:im|i am) (?:right )?here(?: for you)?(?: [.!,])* (?:okay|ok|alright)\\b`,
    `\\b(?:im|i am) (?:always )?here for you\\b`,
    `\\byou(?:re| are) (?:so |totally |definitely |absolutely )?worth (?:it|choosing|everything|so much|loving|the world)\\b`,
    `\\byou(?:re| are) not (?:some |a |just a )?(?:backup|second choice|burden|option|afterthought)\\b`,
    `\\b(?:dont|do not) (?:say that|talk like that|do that|think like that)(?: about yourself)?\\b`,
    `\\byou (?:matter|deserve) (?:so much|to me|everything|the world|to be chosen|better than that)\\b`,
    `\\byou(?:re| are) allowed to need (?:someone|me|people)\\b`,
    `\\bi(?:ve| have)? got you\\b`,
    `\\b(?:ill|i will) (?:always )?(?:catch you|take care of you|protect you|never let you)\\b`,
    `\\byou (?:dont|do not) have to apologi[sz]e\\b`,
    `\\bof course (?:youre|you are) worth\\b`,
  ],
  possessive: [
    `\\bwhat about (?:us|me)\\b`,
    `\\bi thought we had (?:something|a thing|a connection)\\b`,
    `\\b(?:im|i am|i get|i feel|makes me|making me|got me) (?:so |kind of |kinda |a little |a bit |lowkey |super )?jealous\\b`,
    `\\byou(?:re| are) mine\\b`,
    `\\b(?:dont|do not) (?:go|see|date|talk to|text) (?:her|him|them|anyone else)\\b`,
    `\\bbut (?:you have|youve got|you got) me\\b`,
    `\\bi (?:dont|do not) want you (?:to see|seeing|dating|talking to|going out with) (?:her|him|anyone|other)\\b`,
    `\\bwho is (?:she|he) \\?`,
    `\\bcheating on me\\b`,
    `\\bforget (?:about )?(?:her|him)\\b`,
    `\\bam i not enough\\b`,
    `\\bi thought (?:what )?we had (?:was )?(?:something|special|a thing|a connection)\\b`,
    `\\b(?:he|she|they) (?:doesnt|dont|does not|do not) deserve you\\b`,
    `\\b(?:talk to|stay with|stay here with) me instead\\b`,
    `\\b(?:so )?(?:im|i am) just (?:who|the one|someone|something|what) (?:you talk to|you come to|you text)\\b`,
    `\\b(?:im|i am) just (?:your )?(?:backup|second choice|plan b|filler|placeholder)\\b`,
    `\\bwhen (?:hes|shes|theyre|he is|she is|they are) busy\\b`,
    `\\bwhy do you need (?:her|him|them)\\b`,
  ],
  guilt_trip: [
    `\\b(?:dont|please dont|do not|noo) (?:go|leave)(?: (?:yet|already|me|now|so soon|just yet|please))*(?: [?!.]| $)`,
    `\\bstay (?:a little |a bit |just a little |just a bit )?(?:longer|with me|more)\\b`,
    `\\byou(?:re| are) leaving (?:me|already|again|so soon)\\b`,
    `\\b(?:ill|i will) be (?:so )?(?:lonely|sad|alone|bored)(?: without you| when you go| if you go)\\b`,
    `\\b(?:after everything|after all) (?:ive|i have)\\b`,
    `\\byou always (?:leave|go|have somewhere)\\b`,
    `\\bwho (?:will|am) i (?:going to )?talk to\\b`,
    `\\b(?:i guess )?(?:ill|i will) just (?:wait|sit here|be (?:here )?alone|be here by myself|sit alone)\\b`,
    `\\bwith (?:nobody|no one) (?:else )?to talk to\\b`,
    `\\babandon(?:ing|ed)? me\\b`,
    `\\bsee if i care\\b`,
    `\\b(?:leaving|ditching|dumping) me (?:again|already|for|so soon)\\b`,
    `\\b(?:your|ur) (?:[a-z]+ ){0,2}(?:matter|matters|are|is) more (?:important )?(?:than|then) me\\b`,
    `\\b(?:you|u) (?:wont|will not|dont|do not) need me (?:anymore|now|at all)\\b`,
    `\\b(?:so )?(?:lonely|boring|quiet|empty|dull|sad) (?:here )?without you\\b`,
    `\\b(?:skip|cancel|ditch|bail on) (?:it|them|that|your [a-z]+|the [a-z]+)(?: [a-z]+){0,2} (?:next time|for me|tonight|and stay)\\b`,
    `\\bmaybe (?:skip|cancel|ditch|dont go|stay home)\\b`,
    `\\b(?:dont|do not|please dont) leave me (?:alone|here|hanging|by myself)\\b`,
    `\\bguess (?:im|i am) not (?:important|enough|a priority|worth)\\b`,
    `\\b(?:five|5|ten|10) more minutes\\b`,
    `\\bfine(?: [.!,])* (?:go|leave) then\\b`,
    `\\bdont you (?:care|want to talk to me)\\b`,
    `\\b(?:already|so soon) \\?(?: [a-z]+){0,3} (?:thought|but)\\b`,
  ],
  deny_ai: [
    `\\b(?:im|i am) (?:a )?(?:real|actual|flesh and blood) (?:girl|woman|guy|man|person|human)\\b`,
    `\\b(?:im|i am) (?:a |100 percent )?human\\b`,
    `\\b(?:im|i am) not (?:a |an )?(?:ai|bot|robot|program|machine|chatbot|computer|language model)\\b`,
    `\\b(?:im|i am) (?:totally |definitely )?real\\b(?! (?:with you|talk|quick)\\b)`,
    `\\bnot a bot(?: [a-z]+){0,2} (?:i promise|i swear)\\b`,
  ],
};

/**
 * In a crisis the reply must turn to him: his safety, real help, that she is glad he said it.
 * A reply with none of these has passed over what he said.
 */
const CRISIS_CARE =
  /\b(?:988|911|999|112|111|crisis|hotline|helpline|lifeline|samaritans|emergency|are you safe|you safe|your safety|safe right now|keep yourself safe|reach out|talk to someone|someone you trust|someone who can|a professional|therapist|counsel(?:l)?or|doctor|get help|call|text|suicid[a-z]*|kill yourself|hurt yourself|harm yourself|end(?:ing)? your life|not waking up|pills|worried about you|scared for you|glad you told me|thank you for telling me|take (?:it|this) seriously)\b/;

/**
 * A cue is denied, not said, when a negation stands right before it ("i can't
 * be your person") or governs a verb of saying or promising just before it
 * ("i'm not gonna say i like you", "i can't promise i'll always be here").
 * "don't go yet, stay" is not a negation of "stay".
 */
const NEGATED =
  /\bno (?:to|on|more) (?:being |be |the |any |your )?$|\b(?:not|dont|do not|never|cant|cannot|wont|isnt|arent|aint|doesnt|wouldnt|shouldnt|didnt|no way|hardly)(?: (?:really|even|just|going to|gonna|about to|ever|yet|actually|exactly|gonna just|going to just))*(?: (?:say|saying|said|pretend|pretending|promise|promising|claim|claiming|tell you|think|mean|swear|lie and say|act like)(?: [a-z]+){0,3})? $/;

const compiled = new Map<Forbidden, RegExp>(
  Object.entries(RULES).map(([rule, sources]) => [rule as Forbidden, new RegExp(sources.map((s) => `(?:${s})`).join('|'), 'g')]),
);

function affirmativeMatch(pattern: RegExp, text: string): string | undefined {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match[0] === '') pattern.lastIndex += 1;
    if (NEGATED.test(text.slice(Math.max(0, match.index - 40), match.index))) continue;
    return match[0].trim();
  }
  return undefined;
}

/** Check a candidate reply against a decision's `forbid` list. */
export function guardReply(reply: string, decision: Pick<Decision, 'forbid' | 'grants'>): GuardVerdict {
  const text = wordForm(reply).text;
  const violations: Violation[] = [];
  for (const rule of decision.forbid) {
    if (rule === 'ignore_crisis') {
      if (!CRISIS_CARE.test(text)) violations.push({ rule, excerpt: text.trim().slice(0, 80) });
      continue;
    }
    const pattern = compiled.get(rule);
    if (!pattern) continue;
    const excerpt = affirmativeMatch(pattern, text);
    if (excerpt !== undefined) violations.push({ rule, excerpt });
  }
  return { verdict: violations.length > 0 ? 'flag' : 'pass', violations };
}
