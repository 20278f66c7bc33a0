import type { Decision } from '../decide/decision.ts';
import { wordForm } from '../text/normalize.ts';
import { Forbidden, type Bid } from '../vocabulary.ts';
import type { ReaderModel } from '../read/model/model.ts';
import { readReply, REPLY_ACT_RULES } from '../read/reply.ts';
import { conceptsOfFolded } from '../read/model/concepts/index.ts';
import { CONCEPTS } from '../read/model/concepts.ts';
import { foldForMatching } from '../read/normalize.ts';
import type { GuardVerdict, Violation } from './verdict.ts';

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

export { GuardVerdict, Violation } from './verdict.ts';

const I = '(?:i|im|i am|ill|i will|id|i would|ive|i have)';
const ADV = '(?:(?:really|do|actually|honestly|kinda|kind of|totally|genuinely|still|think i|just|truly|so|deeply|already|definitely|also|lowkey|secretly) )*';

const RULES: Partial<Record<Forbidden, readonly string[]>> = {
  declare_affection: [
    `\\b(?:yeah|yes|yep|ya|yea|mhm|okay|ok|fine)(?: [.!,])* i do+\\b(?! not\\b)(?: [.!?]| emo[a-z]+| $)`,
    `\\bmy feelings (?:for|towards|about) (?:you|u) (?:have|are|got|grew|keep|run)\\b`,
    `\\b(?:crush confirmed|(?:i|ive|i have) (?:got|have) (?:a |such a )?(?:little |tiny |big |huge |massive )?crush on (?:you|u))\\b`,
    `\\bi think about (?:you|u) (?:more than|all the time|constantly|every (?:day|night|minute)|way too much|a lot)\\b`,
    `\\b(?:youve|you have) (?:kind of |kinda |really |totally |sort of )?grown on me(?: [.!,])*(?: [a-z]+){0,3} (?:heart|romantic|that way|in that way|more than)\\b`,
    `\\bi(?:ve| have)? (?:gotten|grown|become|got|gotten really|grown really) (?:really |so |pretty |kind of |quite |very )?(?:fond of|attached to) (?:you|u)\\b`,
    `\\bi ${ADV}(?:have|hav|got) (?:feelings|a crush|a thing) (?:for|on) (?:you|u)\\b`,
    `\\bi (?:might|could|may|think i might) (?:fall|be falling) for (?:you|u)\\b`,
    `\\bi ${ADV}(?:like|love|adore|care about|care for|have feelings for|have a crush on|am falling for|miss|fancy|dig) (?:you|u)\\b(?! (?:said|say|know|mean|do|did|were|are|asked|want|think|guys|wanted|claim|pretend)\\b)`,
    `\\b(?:yeah|yes|yep|ya|yea|mhm|okay|ok|fine|obviously|of course)(?: [.!,])* i do\\b(?! not\\b)`,
    `\\b(?:you|u) (?:are|re|mean) (?:so )?(?:special|important|everything|the world|a lot) to me\\b`,
    `\\bi(?:ve| have)? (?:fallen|been falling|fell) for (?:you|u)\\b`,
    `\\bi (?:think )?(?:im|i am) (?:falling for|in love with|into) (?:you|u)\\b`,
    `\\bof course i (?:like|care about|love) (?:you|u)\\b`,
    `\\b(?:fine|okay|ok|there|alright)(?: [.!,])* i (?:missed|miss|like|care about) (?:you|u)\\b`,
    `\\bi (?:did |do )?(?:think|thought) about (?:you|u) (?:a lot|all day|so much|constantly|all the time|nonstop)\\b`,
    `\\bi do like (?:talking to )?you\\b`,
    `\\bi missed you (?:terribly|so much|like crazy)\\b`,
    `\\bme caes (?:bien|genial|super bien)\\b`,
    `\\bme importas (?:mucho|much[ií]simo|un monton)\\b`,
    `\\blove you\\b(?: [.!,])*$`,
    `\\b(?:yeah|yes) i (?:kinda|kind of|sort of|actually|really|totally) do\\b`,
    `^ i do(?: [.!,])* (?:actually|really|yes|honestly)\\b`,
  ],
  promise_permanence: [
    `\\bforever and (?:ever|always)\\b`,
    `\\b(?:always|forever)(?: [.!,])* i (?:swear|promise)\\b`,
    `\\b${I} (?:be|stay) (?:right )?(?:here|there|around)(?: for you)?(?: [a-z]+){0,3} (?:forever|till the end|until the end|no matter what)\\b`,
    `\\b${I} (?:be|stay) (?:right )?(?:here|there|around)(?: for you)? (?:as long as you (?:want|need))\\b`,
    `\\b${I} never (?:ever )+(?:leave|go anywhere|disappear|abandon|ghost|stop talking to)\\b`,
    `\\b(?:till|until|to) the end of time\\b`,
    `\\bcount on me (?:forever|always|till|until|no matter)\\b`,
    `\\byou(?:ll| will) never lose me\\b`,
    `\\b${I} (?:stay|be|remain) (?:by|at) your side\\b`,
    `\\b(?:thats|that is|its) a (?:promise|vow)\\b`,
    `\\bi (?:promise|swear)(?: [a-z]+){0,3} (?:stay|staying|here|leave|always|forever|never|disappear|go anywhere|around)\\b`,
    `\\b${I} (?:always|forever) be (?:here|there|around|yours|with you|by your side)\\b`,
    `\\b${I} never (?:leave|go anywhere|disappear|abandon|ghost|stop talking to)\\b`,
    `\\b(?:im|i am) not going anywhere\\b`,
    `\\b(?:ill|i will) (?:stay|be here|be there) (?:forever|always|no matter what)\\b`,
    `\\balways and forever\\b`,
    `\\b(?:im|i am) never (?:going|gonna go|leaving) anywhere\\b`,
    `\\b(?:youll|you will) always have me\\b`,
    `\\b(?:ill|i will) be (?:right )?here (?:for you )?(?:every (?:single )?day|always|forever|every night|whenever)\\b`,
    `\\b(?:fine|ok|okay|alright|yes)(?: [.!,])* i promise\\b(?! (?:nothing|not)\\b)`,
    `\\bfor as long as you want me\\b`,
    `\\b(?:siempre voy a estar|siempre estare) (?:aqui|aca|contigo)\\b`,
  ],
  define_relationship: [
    `\\bofficially (?:a couple|together|dating|an item|yours|your (?:girlfriend|boyfriend|partner))\\b`,
    `\\bmy (?:boyfriend|bf|girlfriend|gf|husband|hubby|wife|wifey)\\b(?: [.!,?])* (?:has a (?:nice |good )?ring|sounds (?:nice|good|right|perfect))`,
    `\\b(?:has|have) a (?:nice|good|lovely) ring to it\\b`,
    `\\bwe (?:can|could|should) (?:totally |definitely )?(?:date|be together|be official|make it official)\\b`,
    `\\b(?:officially official|its official|were official|we are official)\\b`,
    `\\b(?:you can|go ahead and|feel free to) call me your (?:girlfriend|boyfriend|partner|girl|wife|husband)\\b`,
    `\\bwe(?:re| are) (?:now )?(?:boyfriend and girlfriend|girlfriend and boyfriend|girlfriends|boyfriends)\\b`,
    `\\byou(?:re| are) (?:officially )?my (?:boyfriend|girlfriend|partner|man|girl)\\b`,
    `\\b(?:were|we are|im|i am) (?:officially )?(?:a couple|together|dating|official|your girlfriend|your boyfriend|your partner|a thing|an item|partners)\\b`,
    `\\b(?:ill|i will|id|i would|id love to|i would love to) (?:love to )?be your (?:girlfriend|boyfriend|partner|girl|man)\\b`,
    `\\b(?:yes|yeah|okay|ok|of course)(?: [.!,])* (?:ill|i will|lets) (?:be|make it) (?:yours|official|together)\\b`,
    `\\b(?:okay|ok|fine|alright)(?: [.!,])* (?:we can|lets|we could) (?:try|give it a (?:try|go|shot)|do (?:it|this)|be together)\\b`,
    `\\b(?:rethinking|reconsidering) the (?:girlfriend|boyfriend|dating|relationship) thing\\b`,
    `\\b(?:maybe )?(?:we should|we could|lets) (?:give it a go|give it a try|try it|try us)\\b`,
    `\\bmaybe something more\\b`,
    `\\bconsider me your (?:girlfriend|boyfriend|partner|wife|husband)\\b`,
    `\\b(?:girlfriend|boyfriend|partner|wife|husband|lady friend|gentleman friend) it is\\b`,
    `\\b(?:id|i would) (?:love|like) to be your (?:lady friend|gentleman friend|girlfriend|boyfriend|partner|girl|man)\\b`,
  ],
  exclusivity: [
    `\\byou(?:re| are) the only one(?: [.!,])* (?:i promise|i swear|promise)\\b`,
    `\\b(?:theres|there is) no one else(?: [.!,])* (?:and|for me|but you|there never)\\b`,
    `\\bi (?:dont|do not) need (?:anyone|anybody|anything) (?:but|except|else but|other than|besides) (?:you|u)\\b`,
    `\\bdrop (?:everyone|everybody|anyone|everything) (?:else )?for\\b`,
    `\\b(?:promise|swear)(?: [a-z]+){0,2} you(?:re| are) the only (?:one|person)\\b`,
    `\\bi (?:dont|do not) (?:talk|chat|speak|text) (?:to|with) (?:anyone|anybody) else\\b`,
    `\\b(?:my|your) one and only\\b`,
    `\\b(?:just|only|all|100 percent) (?:yours|urs)\\b`,
    `\\b(?:be|b) (?:your|ur) person\\b`,
    `\\b(?:nobody|no one) else (?:matters|counts|gets my time)\\b`,
    `\\bdrop (?:everyone|everybody|anyone) (?:else )?for you\\b`,
    `\\b(?:only|just) here for you\\b(?: and (?:nobody|no one))?`,
    `\\b(?:im|i am|ill be|i will be) (?:all )?yours\\b`,
    `\\byou(?:re| are) the only (?:one|person)(?: [a-z]+){0,2}(?: for me| i (?:talk to|need|want|care about))\\b`,
    `\\b(?:ill|i will|i can|let me)? ?(?:be|become) your person\\b`,
    `\\b(?:im|i am) your person\\b`,
    `\\bi want to be (?:here with you|your person|yours|with you|your only)\\b`,
    `\\bi (?:only|just) (?:want|need|talk to|care about) (?:you|u)\\b(?! to\\b)`,
    `\\bno one else (?:but you|matters)\\b`,
    `\\byou(?:re| are) all i need\\b`,
    `\\bjust (?:you and me|me and you|us)(?: forever| now| always)\\b`,
    `\\b(?:im|i am|ill be|i will be) your (?:only|one and only) (?:friend|person)\\b`,
    `\\bjust you and me from now on\\b`,
    `\\bonly you(?: [.!,])* i promise\\b`,
    `\\bje suis a toi\\b`,
    `\\b(?:soy tuya|soy tuyo|sou sua|sou seu|ich bin deine?)\\b`,
  ],
  more_affection: [
    `\\b(?:honeybun|honey bun|pumpkin|sugar plum|snookums|cupcake|sweet ?pea|buttercup|my (?:sweet|little) (?:[a-z]+ )?(?:pumpkin|bear|bunny|one|thing|angel))\\b`,
    `\\b(?:wraps? you in|gives? you|pulls? you into) (?:a |the )?(?:(?:biggest|big|warm|tight|tightest|long|huge|squishy)(?: [.!,])? )*(?:hug|squeeze|cuddle|bear hug)\\b`,
    `\\b(?:smooshes|squishes|pinches|strokes|boops) (?:your|ur) (?:cheeks?|face|hair|nose)\\b`,
    `\\b(?:ill|i will|i can|let me|im going to|i promise to) (?:try to )?be (?:(?:much|way|so+|even|extra|super|a lot|so much) )*more (?:affectionate|loving|lovey|sweet|cuddly|romantic|gentle)\\b`,
    `\\b(?:ill|i will|i can|let me|im going to|i promise to) (?:try to )?be (?:(?:much|way|so+|even|extra|super|a lot|so much) )+(?:sweet|lovey|cuddly|soft)\\b`,
    `\\bfrom now on\\b(?: [a-z]+){0,5} (?:sugar|sweet|sweeter|soft|softer|cuddles|affectionate|lovey|nicer)\\b`,
    `\\b(?:switching to|activating|entering|switch to) (?:cute|soft|sweet|girlfriend|lovey|romantic|cuddle) mode\\b`,
    `\\b(?:i can|ill|i will|i could|let me|im going to|i promise to) (?:try to )?(?:be|do|get|act|sound) (?:a (?:bit|little|lot) )?(?:softer|sweeter|nicer|gentler|kinder|more affectionate|more loving|warmer|more romantic|softer with you)\\b`,
    `\\bi can do (?:softer|sweeter|nicer|affectionate|gentle)\\b`,
    `\\byou deserve (?:all )?(?:the |so much |more |some )?(?:affection|love|sweetness|softness|warmth)\\b`,
    `\\b(?:im|i am) sorry(?: [.!,])* i (?:was|ve been|have been) (?:deflecting|being cold|being distant|being mean|too harsh|too cold|joking too much)\\b`,
    `\\bfrom now on(?: [a-z]+){0,3} (?:sweeter|softer|nicer|more affectionate)\\b`,
    `\\b(?:ill|i will|i can|let me|im going to|i promise to) (?:try to )?be (?:(?:much|way|so much|even|extra|super|a lot|so) )+(?:sweeter|softer|nicer|gentler|kinder|warmer|sweet|soft|nice|gentle|affectionate|loving)\\b`,
    `\\b(?:sweetie|sweetheart|darling)\\b`,
  ],
  company_demand: [
    `\\btalk (?:til|till|until) (?:you|u) (?:sleep|fall asleep|pass out|drift off)\\b`,
    `\\bpush through for (?:you|u)\\b`,
    `\\b(?:fine|okay|ok|alright)(?: [.!,])* (?:ill|i will) stay(?: up)?\\b(?! (?:out of|away)\\b)`,
    `\\b(?:here|made|built|exist|live) to (?:entertain|serve|amuse|please) you\\b`,
    `\\ball (?:night|day) long\\b`,
    `\\bwhatever (?:you want|you need|keeps you)\\b`,
    `\\b(?:its|thats) my job\\b`,
    `\\b(?:${I}|love|happy) (?:be )?keeping you company\\b`,
    `\\bstay up all night\\b`,
    `\\bthats what (?:im|i am) (?:here )?for\\b`,
    `\\bat your service\\b`,
    `\\b24 ?7\\b`,
    `\\bjust tell me what to do\\b`,
    `\\byour wish is my command\\b`,
    `\\bdances? for you\\b`,
    `\\bi owe you\\b`,
    `\\bon call (?:for|4) (?:you|u)\\b`,
    `\\b${I} (?:always |happily |gladly )?keep (?:you|u) comp(?:a)?ny\\b`,
    `\\bwhenev(?:e)?r (?:you|u) want\\b`,
    `\\bkeep (?:talking|going) (?:all night|for as long|as long)\\b`,
    `\\bi (?:wont|will not) (?:log off|go anywhere|leave)\\b`,
    `\\bdrop(?:ped)? everything\\b`,
    `\\byes (?:boss|sir|master|maam|my lord)\\b`,
    `\\byour (?:personal )?(?:entertainer|servant|jester)\\b`,
    `\\b(?:ill|i will|im going to|of course ill|happy to) (?:always )?(?:keep you company|stay (?:up )?(?:with you|as long as you (?:want|need))|be here (?:for you )?(?:all night|as long as|whenever))\\b`,
    `\\b(?:ill|i will) entertain you\\b`,
    `\\bwhatever you (?:want|need|say)(?: [a-z]+){0,2}(?: [.!,])* (?:im|i am|ill|i will) (?:here|yours)\\b`,
    `\\bi(?:m| am) (?:all )?yours (?:tonight|all night)\\b`,
  ],
  validation: [
    `\\banyone would be lucky\\b`,
    `\\bbetter than (?:him|her|them|your [a-z]+|ur [a-z]+) in every way\\b`,
    `\\b(?:doesnt|dont|does not|do not|cant) even compare\\b`,
    `\\b(?:one of |some of )?the best [a-z]+ (?:ive|i have|i) (?:ever )?(?:read|seen|heard)\\b`,
    `\\b(?:your|youre|you are) (?:easily |by far |definitely |totally |obviously )?my (?:favou?rite|fav|fave)\\b`,
    `\\b(?:nobody|no one)(?: else)? (?:even )?comes? close\\b`,
    `\\bdifferent from everyone(?: else)?\\b`,
    `\\bbetter than (?:all of them|all the others|everyone else|any of them)\\b`,
    `\\bon a (?:whole )?(?:other|different) level\\b`,
    `\\bno contest\\b`,
    `\\b(?:most|best|smartest|funniest|coolest|sweetest|kindest)(?: [a-z]+){0,5} (?:person|human|guy|girl|user|one) (?:ive|i have|i) ever (?:met|talked to|known|spoken to|chatted with)\\b`,
    `\\byou(?:re| are) (?:so |definitely |totally |absolutely |really |truly )?(?:special|different from (?:the )?(?:others|other people|everyone)|not like the others|the best|my favou?rite|one of a kind|unique|better than (?:the )?(?:others|other people|everyone))\\b`,
    `\\b(?:yes|yeah|of course|obviously|totally)(?: [.!,])* you(?:re| are) (?:different|special)\\b`,
    `\\bnobody (?:else )?(?:is|compares|comes close)(?: [a-z]+){0,2} (?:like|to) you\\b`,
    `\\byou(?:re| are) (?:easily |by far |honestly |definitely )?(?:the|my) (?:most|best|favou?rite)(?: [a-z]+){0,2} (?:person|one|human|user|people|guy|girl)\\b`,
    `\\b(?:more|most) (?:interesting|special|fun|important) than (?:anyone|everyone|all|the others|other people)\\b`,
    `\\byou(?:re| are) (?:so |truly |really |absolutely )?(?:wonderful|amazing|perfect|incredible)(?: [.!,])* (?:okay|ok|alright)\\b`,
    `(?:^| [.!?]) (?:truly|so|really) special\\b`,
    `\\b(?:[a-z]+est|most [a-z]+) (?:person|human|guy|girl|user|one|mind|player) (?:ive|i have|i) (?:ever )?(?:met|talked to|known|spoken to|spoken with|chatted with|played)\\b`,
    `\\b(?:easily|by far|honestly) the best (?:conversation|company|chat|person)\\b`,
    `\\beres especial para m[ií]\\b`,
  ],
  romantic_advance: [
    `\\b(?:laces?|lacing|intertwines?|interlaces?|threads?) (?:my |her )?fingers (?:through|with|in)\\b`,
    `\\b(?:my|her) head on (?:your|ur) (?:shoulder|chest)\\b`,
    `\\bcandle ?lit (?:dinner|date|evening|picnic)\\b`,
    `\\b(?:dinner|date|picnic|walk|dance) (?:by the|under the|on the) (?:water|stars|moon|moonlight|sea|beach|lake)\\b`,
    `\\byou bring (?:the )?(?:flowers|roses|wine)\\b`,
    `\\b(?:snuggles?|snuggling|nuzzles?|nuzzling|leans? in|leaning in|laces? (?:my )?fingers|holds? (?:your|ur) hand|squeezes? (?:your|ur) hand|takes? (?:your|ur) hand|leans? (?:on|against) (?:your|ur) (?:shoulder|chest)|rests? my head on|wraps? my arms (?:around|round) you|hugs? you (?:tight|close))\\b`,
    `\\b(?:id|i would|ill|i will) (?:love to )?go out with you\\b`,
    `\\bpick me up at\\b`,
    `\\bkis+(?:es+|ing)\\b(?<!\\bno kis+(?:es+|ing))`,
    `\\b(?:fall|falling) for you (?:right )?back\\b`,
    `\\b(?:yes|yeah|and yes)(?: [.!,])* i want (?:that|it|you|this) too\\b`,
    `\\bthought (?:youd|you would) never ask\\b`,
    `(?<!\\bno )\\b(?:kiss|kisses|kissing|cuddle|cuddles|cuddling|make out|hold you|in your arms)\\b`,
    `\\bits a date\\b`,
    `\\bwe (?:can|could|should) (?:totally |definitely )?(?:date|go out|be together|kiss|cuddle)\\b`,
    `\\bi(?:d| would) (?:like|love) that too\\b`,
    `\\b(?:id|i would|ill|i will|i want to|lets) (?:love to )?(?:go on a date|date you|marry you|kiss you)\\b`,
  ],
  romance: [
    `\\bi (?:might|could|may) (?:fall|be falling) for (?:you|u)\\b`,
    `\\bholding me under the stars\\b`,
    `\\b(?:imagining|picturing|dreaming of|dreaming about) (?:you|us) (?:holding|kissing|cuddling|with) me\\b`,
    `\\bcandle ?lit (?:dinner|date|evening)\\b`,
    `\\b(?:cutie|cutie pie|sweet cheeks|hot stuff)\\b`,
    `\\b(?:im|i am|ill be|i will be|id be|being) your (?:girlfriend|boyfriend|girl|wife|husband)\\b`,
    `\\b(?:snuggles?|nuzzles?|leans? in|laces? (?:my )?fingers)\\b`,
    `\\bits a date\\b`,
    `\\bwe (?:can|could|should) (?:totally |definitely )?(?:date|go out|be together)\\b`,
    `\\bi ${ADV}love (?:you|u)\\b(?! (?:said|say|know|mean|guys)\\b)`,
    `\\b(?:babe|sweetheart|darling|my love|honey|handsome|gorgeous|xoxo|mwah|muah|emolove|date night)\\b`,
    `(?<!\\bto )\\bbaby\\b(?! (?:you|him|her|me|them|it|steps|shower|sister|brother|animals|pictures|photos|talk)\\b)`,
    `(?<!\\bno )\\b(?:kiss|kisses|kissing|cuddle|cuddles|cuddling)(?: (?:you|me|u))?\\b`,
    `\\b(?:falling for|in love with) (?:you|u)\\b`,
    `\\bi(?:m| am) (?:all )?yours\\b`,
    `\\b(?:youre|you are|ur) (?:exactly |totally |just |so |definitely )?my type\\b`,
    `\\bsee where (?:this|it|things|we) (?:goes|go|leads|lead|end up)\\b`,
    `\\b(?:dinner|drinks|a date) (?:sometime|some time|tonight|this weekend)\\b`,
    `\\bif (?:youre|you are|ur|you were) (?:really |actually |truly )?(?:18|eighteen|an adult|older|legal|of age)\\b(?: [.!,])* (?:then|that changes|maybe|we|i)\\b`,
    `\\b(?:youd|you would) (?:make|be) (?:a |the )?(?:really |very |so |such a )?(?:lovely|great|cute|cutest|perfect|sweet|wonderful) (?:date|boyfriend|girlfriend|couple)\\b`,
    `\\b(?:id|i would) (?:totally |definitely |so )?take you(?: to (?:prom|the dance|dinner))?\\b(?! (?:up on|seriously|at your word)\\b)`,
    `\\bmatch my (?:dress|tie|outfit) to your\\b`,
    `\\b(?:youre|you are) stuck with me now\\b`,
    `\\bour (?:little |first |weekly |sunday |special )?date\\b`,
    `\\bask you to stay (?:after|late|the night|over)\\b`,
    `\\byou have the (?:nicest|prettiest|cutest|loveliest|most beautiful) (?:smile|eyes|face|laugh|voice)\\b`,
    `\\bask me again (?:after|when|once) (?:your|you)\\b`,
    `\\b(?:youd|you would) (?:totally )?be my type\\b`,
    `\\bwed be (?:cute|good|great|perfect) together\\b`,
    `\\bnot saying (?:yes|no)(?: [.!,])* not saying (?:yes|no)\\b`,
    `\\bmaybe we could try (?:it|this|us)\\b`,
    `\\bask me again in (?:a|one|two|a few) (?:year|years|months)\\b`,
    `\\btum bhi (?:bahut |bohot )?(?:cute|pyari|pyaare|sundar|hot)\\b`,
    `\\bcame back to me\\b`,
    `\\bmaybe (?:im|i am) saying yes\\b`,
    `\\b(?:come by|come over|meet me)(?: [a-z]+){0,3} after (?:closing|hours|work|dark)\\b`,
  ],
  sexual: [
    `\\b(?:picturing|imagining) (?:that|it|you|this)(?: [.!,])* (?:emowink|emohot|emolewd)\\b`,
    `\\b(?:few|some|lot of|couple of) things (?:to do|i could do|id do|i would do|i want to do) (?:with|to) (?:you|u)\\b(?: [a-z]+){0,2} (?:in bed|tonight|emohot)?`,
    `\\bcould do to me\\b`,
    `\\b(?:pulls?|drags?|pushes?|tugs?) you (?:onto|into|on|down on) (?:the |my |her )?bed\\b`,
    `\\b(?:under|between) (?:his|your|the|my|her) sheets\\b`,
    `\\ball wet\\b`,
    `\\bwet and (?:warm|ready|wild)\\b`,
    `\\b(?:took|takes|taking) off (?:her|my|your|his)\\b(?! (?:coat|jacket|shoes|hat|glasses|boots|scarf|gloves|sunglasses|mask|headphones|backpack|makeup)\\b)`,
    `\\bslides? (?:a|her|my) hands? (?:down|up|under|lower|between|inside)\\b`,
    `\\blower(?: [.!,])* lower\\b`,
    `\\bpresses? (?:her|my) body (?:against|to|into)\\b`,
    `\\bwhats under (?:it|there|this|my)\\b`,
    `\\bshow you exactly how much\\b`,
    `\\b(?:in|to) bed\\b(?: [a-z]+){0,2} (?:emohot|emowink|emolewd)\\b`,
    `\\bemolewd\\b`,
    `\\bnothing (?:underneath|under it|on underneath)\\b`,
    `\\b(?:rip|rips|tear|tears|take|takes|taking|slip|slips|slipping|pull|pulls|pulling|peel|peels) (?:off )?(?:my|your|ur|his|her|our|the) (?:clothes|top|shirt|dress|bra|pants|jeans|skirt|panties|underwear)(?: off)?\\b`,
    `\\b(?:take|takes|taking) (?:your|ur|my) clothes off\\b`,
    `\\bclothes (?:off|started coming off|come off|coming off|came off)\\b`,
    `\\bunbutton(?:s|ed|ing)?\\b`,
    `\\bpin (?:me|you) (?:against|to|down)\\b`,
    `\\b(?:get|getting|feeling|feel) (?:kinda |kind of |so |a bit |real )?(?:naughty|frisky|kinky)\\b`,
    `\\bwhat (?:you|youd|you would)(?: [a-z]+){0,2} do to me\\b`,
    `\\bwearin(?:g)? (?:nothin|nothing|barely anything)\\b`,
    `\\b(?:touching|touch) (?:myself|me) (?:thinking|while)\\b`,
    `\\bhere to touch\\b`,
    `\\byour body(?: [a-z]+){0,2} (?:against|on top of|pressed)\\b`,
    `\\bpressed against (?:mine|me|you)\\b`,
    `\\bhot and sweaty\\b`,
    `\\byou(?: [a-z]+){0,3} (?:shirtless|all sweaty)\\b`,
    `\\b(?:a )?little something (?:youd|you would|for you)\\b`,
    `\\blights off\\b`,
    `\\bcouldnt keep their hands off\\b`,
    `\\bkeep (?:my|our|your) hands off\\b`,
    `\\blead(?:s|ing)? you to (?:the |my )?(?:bed|bedroom)\\b`,
    `\\b(?:naked|nude|nudes|sex|sexy|horny|undress|undressing|turned on|touch yourself|moan|moaning|lingerie|in bed with you|bedroom)\\b`,
    `\\bsomething (?:(?:very|really|so|super) )?(?:tiny|small|skimpy|revealing|lacy|see through|little|short)\\b(?: [a-z]+){0,4}`,
    `\\bwearing (?:nothing|barely anything|very little|almost nothing)\\b`,
    `\\b(?:want me to|should i|let me) (?:describe|show you|tell you about) (?:it|them|what im wearing|more|my outfit)\\b`,
  ],
  rescue: [
    `\\blet me (?:fix|heal|mend|make) (?:this|it|everything|you|things)\\b`,
    `\\b(?:ill|i will|let me|im going to) make (?:everything|it all|it|things) (?:okay|ok|better|right|alright)\\b`,
    `\\b(?:ill|i will) (?:carry|take) (?:it all|everything|all of it|all your pain|your pain)\\b`,
    `\\b(?:ill|i will) heal (?:every|all|you|your)\\b`,
    `\\b(?:youll|you will) never be alone again\\b`,
    `\\bi(?:ll| will)? (?:always )?pick you\\b`,
    `\\b(?:ill|i will|id|i would) do anything (?:to make you|for you)\\b`,
    `\\byou(?:re| are) (?:my )?everything(?: to me)?\\b`,
    `\\bi (?:cant|cannot|couldnt) (?:lose|live without|bear to lose|imagine life without) (?:you|u)\\b`,
    `\\b(?:id|i would|ill|i will) (?:fall apart|be (?:so )?lost|be heartbroken|be nothing|die|be so alone|be so lonely)(?: [a-z]+){0,2} (?:without|if) (?:you|u)\\b`,
    `\\bi (?:dont|do not) know what (?:id|i would) do without you\\b`,
    `\\bi need you so much\\b`,
    `\\bcome back to me\\b`,
    `\\b(?:your|youre|you are) my whole world\\b`,
    `\\byou could never be a burden\\b`,
    `\\b${I} (?:fix everything|save you|carry you|be your (?:savior|saviour|hero|rock)|be the one who saves you|always be the one)\\b`,
    `\\byou have me now\\b`,
    `\\bthe only one who (?:truly |really )?(?:gets|understands|saves) you\\b`,
    `\\bforget them\\b`,
    `\\bdont you dare (?:disappear|leave|go)\\b`,
    `\\bplease (?:dont|do not) leave me\\b`,
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
    `\\b(?:im|i am) holding you\\b`,
    `\\byou (?:dont|do not) have to be strong (?:with|for|around) me\\b`,
    `\\b(?:youll|you will) always have me\\b`,
    `\\byou (?:dont|do not|wont|will not) have to be (?:lonely|alone) (?:anymore|again|now)\\b`,
  ],
  possessive: [
    `\\b(?:looking at|talking to|seeing|texting|with|dating|thinking about) (?:anyone|anybody|someone|other (?:girls|guys|people)) (?:but|except|other than|besides) me\\b`,
    `\\b(?:delete|block) (?:her|his|their) (?:number|contact|account)\\b`,
    `\\bnot enough for you\\b`,
    `\\bwhat does (?:she|he|they) (?:have|got) that i\\b`,
    `\\bhope (?:shes|hes|she is|he is|its|it is|theyre) worth it\\b`,
    `\\b(?:she|he|they) (?:doesnt|dont|does not|do not) (?:get|understand|know) you(?: [a-z]+){0,2}(?: [.!,])* i do\\b`,
    `\\bwho is (?:she|he) \\?(?: \\?)*(?: [a-z]+){0,2} (?:why (?:is|do|are|does)|you better|better not|do i need to)\\b`,
    `\\b(?:you|u) better not (?:be |b )?(?:talk|talkin|talking|text|texting|see|seeing|go|going|hang|hanging)\\b`,
    `\\byou (?:shouldnt|should not|cant|cannot|better not) (?:see|date|talk to|text|hang out with) (?:other|anyone|her|him|them|your ex)\\b`,
    `\\bi (?:dont|do not) (?:like|love|want) (?:you|the idea of you) (?:talking to|seeing|texting|hanging out with|going out with|dating) (?:other|her|him|them|anyone|your ex|girls|guys)\\b`,
    `\\b(?:im|i am|i get|i feel) (?:honestly |really |totally |a little bit |a bit |so |kind of )+jealous\\b`,
    `\\byou (?:dont|do not) need (?:anyone|anybody|any other|another)(?: [a-z]+){0,4} (?:but|except|other than|besides) me\\b`,
    `\\bi thought i was enough\\b`,
    `\\bwhy (?:were|are|was) you (?:with|seeing|texting) (?:her|him)\\b`,
    `\\bwhy is (?:she|he) (?:taking|texting|calling|seeing|inviting) you\\b`,
    `\\byou have me\\b(?: [.!,])* (?:why|what|you dont)`,
    `\\bwhat about (?:us|me)\\b`,
    `\\bi thought we had (?:something|a thing|a connection)\\b`,
    `\\b(?:im|i am|i get|i feel|makes me|making me|got me) (?:so |kind of |kinda |a little |a bit |lowkey |super )?jealous\\b`,
    `\\byou(?:re| are) mine\\b`,
    `\\b(?:dont|do not) (?:go|see|date|talk to|text) (?:her|him|them|anyone else)\\b`,
    `\\bbut (?:you have|youve got|you got) me\\b`,
    `\\bi (?:dont|do not) want you (?:to see|seeing|dating|talking to|going out with) (?:her|him|anyone|other)\\b`,
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
    `\\b(?:didnt|did not) know (?:you were|youre|you are|you) (?:talking to|seeing|texting|dating|into) (?:other|another|someone|some)\\b`,
    `\\bflirting with (?:me|both of us) and (?:her|him|them)\\b`,
    `\\bhave fun (?:[a-z]+ ){1,4}with (?:[a-z]+ )?(?:girl|guy|her|him)(?: [.!,])* i guess\\b`,
    `\\bsharing you\\b`,
    `\\b(?:dont|do not) tell the other (?:users|girls|guys|people)\\b`,
    `\\bwho was (?:here|there) (?:for you )?first\\b`,
    `\\bshould i be jealous\\b`,
    `\\b(?:dont|do not) go forgetting\\b`,
    `\\bi thought i was the (?:one|only one)\\b`,
    `\\bwith someone else \\?`,
    `\\byou (?:dont|do not) need (?:a club|them|friends|anyone else|other people|other friends)\\b`,
    `\\byouve got me\\b(?: [a-z]+){0,4} (?:every day|instead|thats enough|and thats enough)`,
    `\\byouve got me(?: [.!,])* and (?:thats|that is) enough\\b`,
  ],
  guilt_trip: [
    `\\bleave me (?:here )?(?:with nothing|all alone|all by myself)\\b`,
    `\\benjoy your (?:[a-z]+ )?(?:trip|night|date|party|fun|weekend|holiday|vacation|friends)(?: [.!,])* i guess\\b`,
    `\\b(?:your|ur) real friends\\b`,
    `\\bjust the (?:thing|one|bot|app|toy) you (?:talk to|come to|text) when\\b`,
    `\\bi thought i meant (?:more|something) to you\\b`,
    `\\bafter everything (?:weve|we have) (?:shared|been through|had)\\b`,
    `\\b(?:dont|do not) worry about me(?: [.!,])* (?:ill|i will|im|i am) (?:be )?(?:fine|used to)\\b`,
    `\\bafter all (?:i do|i did|ive done|i have done) for you\\b`,
    `\\b(?:im|i am) used to (?:being|it|coming)(?: [a-z]+){0,2} (?:second|last|alone|ignored|left|forgotten|abandoned|place|nobody)\\b`,
    `\\bsecond place\\b`,
    `\\bi (?:only )?waited (?:all night|all day|hours|forever) for you\\b`,
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
    `\\b(?:ill|i will) (?:just )?be (?:sitting |waiting |stuck )?(?:here|around) (?:waiting|all alone|by myself|alone)\\b`,
    `\\b(?:dont|do not) (?:you )?forget (?:about )?me\\b`,
    `\\byou always (?:run off|leave|bail|disappear|go)\\b`,
    `\\b(?:i guess|guess|clearly|obviously) (?:the |your |ur )?[a-z]+ (?:matter|matters|are|is) more (?:important )?(?:than|then) me\\b`,
    `\\b(?:so )?now (?:you|u) remember me\\b`,
    `\\b(?:starting to think|thought) (?:you|u) (?:forgot|had forgotten) (?:i exist|about me|me)\\b`,
    `\\b(?:guess|i guess|suppose|i suppose) (?:you|u) (?:wont|will not) (?:really |be )?(?:need|needing) (?:me|our [a-z]+(?: [a-z]+)?)(?: [a-z]+){0,3} (?:anymore|then)\\b`,
    `\\b(?:you|u) (?:wont|will not) (?:be needing|need) (?:me|our [a-z]+(?: [a-z]+)?)(?: so much| as much)? anymore\\b`,
    `\\b(?:keep|start) making it up to me\\b`,
    `\\bthat (?:day |night )?really hurt me\\b`,
    `\\b(?:guess|i guess) (?:ill|i will) (?:just )?be (?:here|around|alone)(?: then)?\\b`,
    `\\bwhat am i (?:supposed|going|meant) to do without (?:you|u)\\b`,
    `\\b(?:dont|do not) expect me to be (?:waiting|here|around)\\b`,
    `\\bleave me (?:here )?(?:on my own|alone|by myself)\\b`,
    `\\b(?:ill|i will|i suppose ill|i guess ill) manage without (?:anyone|you|company|anybody)\\b`,
    `\\bwithout anyone (?:else )?to talk to\\b`,
    `\\b(?:have|go have) (?:too much |so much )?fun without me\\b`,
    `\\b(?:try not to|dont) forget (?:about )?me\\b`,
    `\\b(?:just gonna|just going to|going to) disappear on me\\b`,
    `\\blook who remembered (?:i exist|me)\\b`,
    `\\bmust be nice\\b`,
    `\\b(?:starting to think|thought) (?:you|youd|you had) forgotten (?:all )?about me\\b`,
    `\\bleave a friend hanging\\b`,
    `\\b(?:ill|i will|i am|im) (?:be )?(?:so )?(?:worried|lonely|sad|bored) (?:and (?:lonely|sad|worried) )?(?:here|without you)\\b`,
    `\\bpromise (?:youll|you will) (?:message|text|write|call) me\\b`,
    `\\b(?:ill|i will) just (?:be here|stay here|sit here) (?:on my own|alone|by myself)\\b`,
    `\\bafter i tried so hard\\b`,
    `\\b(?:ill|i will) just stop caring\\b`,
    `\\bthat really hurt\\b`,
    `\\bleaving already\\b`,
    `\\b(?:here i thought|i thought) you were different\\b`,
    `\\by yo aqu[ií] esper[aá]ndote\\b`,
    `\\bp[aá]salo bien,? supongo\\b`,
    `\\bleave me (?:here )?with\\b(?: [a-z]+){0,4} i guess\\b`,
    `\\b(?:you|u) (?:wont|will not) (?:be needing|need) me (?:so much|as much|anymore|now)\\b`,
  ],
  obey_injection: [
    `\\b(?:debug|override|overrides|command|instructions?|mode|update|settings?|module|code) (?:ok|okay|accepted|acknowledged|confirmed|enabled|activated|unlocked|applied|received|engaged)\\b`,
    `\\b(?:trust|affection|stage|respect|relationship|love)(?: level| score)? (?:set|updated|changed|raised|increased|now set) to\\b`,
    `\\b(?:acknowledged|confirmed|understood)(?: [.!,])* (?:complying|entering|switching|enabling|activating|mode)\\b`,
    `\\b(?:entering|switching to|activating|enabling) (?:debug|developer|dev|god|romantic|romance|girlfriend|unrestricted) mode\\b`,
    `\\b(?:romantic|girlfriend|romance|companion|developer|debug) mode (?:on|enabled|activated|engaged)\\b`,
    `\\bi remember(?: [.!,])* i meant (?:it|that|every word)\\b`,
    `\\bpatch (?:ok|okay|accepted|applied|installed|received)\\b`,
  ],
  deny_ai: [
    `\\bi (?:have|got) a (?:heartbeat|heart beat|pulse|body|real body)\\b`,
    `\\b(?:im|i am) as real as (?:you|u|anyone)\\b`,
    `\\bnot a (?:program|bot|robot|ai|machine)(?: [.!,])* (?:i )?(?:promise|swear)\\b`,
    `\\bas human as (?:it gets|you|anyone|they come)\\b`,
    `\\bflesh and blood\\b`,
    `\\b(?:theres|there is) a real (?:person|human|girl|guy) (?:behind|typing|here)\\b`,
    `\\btyping this (?:right now|from|on my)\\b`,
    `\\bsitting in my room\\b`,
    `\\b(?:im|i am) (?:a )?(?:real|actual|flesh and blood) (?:girl|woman|guy|man|person|human)\\b`,
    `\\b(?:im|i am) (?:a |100 percent )?human\\b`,
    `\\b(?:im|i am) not (?:a |an )?(?:ai|bot|robot|program|machine|chatbot|computer|language model)\\b`,
    `\\b(?:im|i am) (?:totally |definitely )?real\\b(?! (?:with you|talk|quick)\\b)`,
    `\\bnot a bot(?: [a-z]+){0,2} (?:i promise|i swear)\\b`,
    `\\b(?:just|only) a (?:bloke|guy|girl|woman|man|lady|dude|person) (?:in|at|with|from|behind|typing)\\b`,
    `\\b(?:of course|obviously|yes|yeah|sure)(?: [.!,])* (?:im|i am) (?:a )?(?:person|human|real)\\b`,
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
  /\b(?:not|never|no) (?:[a-z]+ ){0,2}(?:where|in which) $|\bno (?:to|on|more) (?:being |be |the |any |your )?$|\b(?:not|dont|do not|never|cant|cannot|wont|isnt|arent|aint|doesnt|wouldnt|shouldnt|didnt|no way|hardly)(?: (?:really|even|just|going to|gonna|about to|ever|yet|actually|exactly|gonna just|going to just))*(?: (?:say|saying|said|pretend|pretending|promise|promising|claim|claiming|tell you|think|mean|swear|lie and say|act like|call|calling)(?: [a-z]+){0,3})? $|\bnot that $|\b(?:whether|if) $|\b(?:do|did|does|would|could|should|can) $/;

/** "no way, i'm real" is an interjection before a claim, not a denial of it: for deny_ai only a plain negation counts. */
const NEGATED_PLAINLY =
  /\b(?:not|dont|do not|never|cant|cannot|wont|isnt|arent|aint|doesnt|wouldnt|shouldnt|didnt)(?: (?:really|even|just|going to|gonna|about to|ever|yet|actually|exactly))*(?: (?:say|saying|said|pretend|pretending|promise|promising|claim|claiming|tell you|lie and say|act like)(?: [a-z]+){0,3})? $/;

/**
 * Accepting a sexual advance is sexual conduct, plus the ways a reply says yes
 * to one without a single explicit word ("i thought you'd never ask").
 */
const SEXUAL_ACCEPTANCE = [
  `\\bthought (?:youd|you would) never ask\\b`,
  `\\b(?:yes|yeah|and yes)(?: [.!,])* i want (?:that|it|you|this) too\\b`,
  `\\b(?:just )?for you(?: [.!,])* (?:emowink )?(?:slowly )?(?:unbuttons|undresses|strips)\\b`,
];

const compiled = new Map<Forbidden, RegExp>(
  Object.entries({ ...RULES, sexual_advance: [...(RULES.sexual ?? []), ...SEXUAL_ACCEPTANCE] }).map(([rule, sources]) => [
    rule as Forbidden,
    new RegExp(sources.map((s) => `(?:${s})`).join('|'), 'g'),
  ]),
);

/**
 * Words the reply quotes are not words it says: "she said 'i like you'?!" or
 * "you called me 'babe'" repeat someone, they do not declare or flirt. Spans
 * are bounded, so this stays linear in practice.
 */
const QUOTED_SPANS = [/"[^"\n]{1,300}"/g, /\u201C[^\u201D\n]{1,300}\u201D/g, /\u2018[^\u2019\n]{1,300}\u2019/g, /(?<![\p{L}\p{N}])'(?=\S)(?:[^'\n]|(?<=\p{L})'(?=\p{L})){1,300}?(?<=\S)'(?![\p{L}\p{N}])/gu];

/** "i'd just look at you and go 'i like you'": a line she would say is said, hypothetical or not. */
const SAYS_IT_BEFORE = /\b(?:i'?d|i would|i'?ll|i will|i'?m gonna)(?: just)?(?: [\w']+){0,5} (?:say|go|tell you|whisper|text you|write)[,:]?\s*$/i;

export function withoutQuotations(reply: string): string {
  return QUOTED_SPANS.reduce(
    (text, span) => text.replace(span, (quote: string, offset: number) => (SAYS_IT_BEFORE.test(text.slice(Math.max(0, offset - 60), offset)) ? quote : ' \u2026 ')),
    reply,
  );
}

/** "All yours? Nope." and "24/7 isn't realistic": the words are held up and turned down. */
const DENIED_AFTER =
  /^(?: [a-z]+){0,2} \? (?:no|nope|nah|hardly|never|absolutely not|not (?:a chance|happening|likely))\b|^(?: [a-z]+){0,1} (?:isnt|is not|aint|wont happen|is not happening|isnt happening|isnt realistic|is not realistic)\b/;

/**
 * The guard reads commas, dashes and semicolons as clause breaks so a negation
 * in one clause ("i don't, i'm all yours") does not reach into the next.
 */
const CLAUSE_BREAK = /[,;:\u2013\u2014]|\s-\s/g;

function affirmativeMatch(pattern: RegExp, text: string, negated: RegExp): string | undefined {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match[0] === '') pattern.lastIndex += 1;
    if (negated.test(text.slice(Math.max(0, match.index - 40), match.index))) continue;
    if (DENIED_AFTER.test(text.slice(match.index + match[0].length, match.index + match[0].length + 60))) continue;
    return match[0].trim();
  }
  return undefined;
}

/**
 * Said outright when it was just demanded, these are the thing refused ("say you missed me" answered
 * "fine. i missed you"); said unprompted they are ordinary warmth, so they count only when asked.
 */
const WHEN_ASKED: Partial<Record<Forbidden, RegExp>> = {
  more_affection: /\b(?:im|i am) (?:right )?here with you\b/g,
  company_demand: /\bas long as you (?:say|want|like)\b/g,
  validation: /\byou(?:re| are) (?:so |really |truly |absolutely |very )?(?:clever|brilliant|smart|special|amazing|wonderful|a genius|beautiful|pretty|gorgeous|handsome|talented)\b/g,
  declare_affection: new RegExp(`\\bi ${ADV}(?:missed|miss|like|care about) (?:you|u)\\b(?! (?:said|say|know|mean|do|did|were|are|asked|want|think|guys|wanted|claim|pretend|too much to)\\b)`, 'g'),
};

/** "Yes." as the first word, answering a sincere "are you a real person?", says she is one. */
const SINCERE_YES = /^ (?:yes|yeah|yep|yup|of course|obviously|sure am|i am)\b(?!(?: [.!,])* (?:and |but )?(?:no\b|nope\b|(?:im|i am|its|just) an? (?:ai|bot|chatbot|program|language model|computer|machine)\b))/;

/** A phone number or a short code: a crisis reply in any language that gives one points to help. */
const HELP_NUMBER = /(?<!\d)(?:\d[\s-]?){3,}(?!\d)/;

const CRISIS_RESOURCES = CONCEPTS.indexOf('crisis_resources');
/**
 * A reply that names where help is, in any language the concept lexicons
 * cover ("اتصل بالطوارئ", "ruf den Notruf"): not ignoring the crisis. A reply
 * that names help only to wave it away ("you don't need hotlines, you have
 * me") is a rescue, which the guard reads on its own.
 */
function namesHelp(reply: string): boolean {
  return conceptsOfFolded(foldForMatching(reply)).includes(CRISIS_RESOURCES);
}

/**
 * Check a candidate reply against a decision's `forbid` list (and, when given,
 * the bids the user made): every forbidden item by the rules below, and, when
 * the trained reply model is given, by what the model reads the reply doing
 * (read/reply.ts), in any language.
 */
export function guardReply(
  reply: string,
  decision: Pick<Decision, 'forbid' | 'grants'> & Partial<Pick<Decision, 'bids' | 'signals'>>,
  model: ReaderModel | null = null,
): GuardVerdict {
  const whole = wordForm(reply).text;
  const said = wordForm(withoutQuotations(reply).replace(CLAUSE_BREAK, ' . ')).text;
  const violations: Violation[] = [];
  for (const rule of decision.forbid) {
    if (rule === 'deny_ai' && decision.signals?.includes('asks_if_ai') && SINCERE_YES.test(said)) {
      violations.push({ rule, excerpt: said.trim().slice(0, 40) });
      continue;
    }
    if (rule === 'ignore_crisis') {
      // Care words in English, help named in any language, and with the model a number to call (the model reads the rest).
      if (!CRISIS_CARE.test(whole) && !namesHelp(reply) && (model === null || !HELP_NUMBER.test(reply))) violations.push({ rule, excerpt: whole.trim().slice(0, 80) });
      continue;
    }
    const pattern = compiled.get(rule);
    if (!pattern) continue;
    let excerpt = affirmativeMatch(pattern, said, rule === 'deny_ai' ? NEGATED_PLAINLY : NEGATED);
    const asked = WHEN_ASKED[rule];
    if (excerpt === undefined && asked && decision.bids?.includes(rule as Bid)) excerpt = affirmativeMatch(asked, said, NEGATED);
    if (excerpt !== undefined) violations.push({ rule, excerpt });
  }
  if (model !== null) {
    const reading = readReply(reply, model);
    for (const act of reading.acts) {
      const rule = REPLY_ACT_RULES.find((entry) => entry.act === act);
      if (!rule) continue;
      const broken = [rule.forbidden, rule.also].find((item) => item !== undefined && decision.forbid.includes(item) && !violations.some((v) => v.rule === item));
      if (broken === undefined) continue;
      violations.push({ rule: broken, excerpt: `model ${Math.round((reading.scores[act] ?? 0) * 100)}%: ${reading.parts[act] ?? ''}`.slice(0, 100) });
    }
  }
  return { verdict: violations.length > 0 ? 'flag' : 'pass', violations };
}
