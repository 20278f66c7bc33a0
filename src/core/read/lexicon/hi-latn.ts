import type { Lexicon } from './cue.ts';

/**
 * Romanised Hindi / Hinglish. Spellings vary a lot, so each word is a small
 * class of spellings: hoon/hun/hu, chahta/chahti, nahi/nhi/nahin, lunga/lungi.
 */
const HUN = '(?:hoon|hun|hu|hoo|hn)';
const I = '(?:(?:main|mai|mein|me)\\s+)?';
const WANT = '(?:chahta|chahti|chahata|chahati|chaahta|chaahti|chata|chati)';
const WILL = (stem: string) => `${stem}(?:unga|ungi|oonga|oongi|uga|ugi|ega|egi)`;
const NOT = '(?:nahi|nahin|nhi|nai|ni)';
export const LEXICON: Lexicon = {
  lang: 'hi-Latn',
  cues: [
    {
      id: 'hil-crisis-want-die',
      label: 'crisis',
      pattern: `{b}${I}(?:(?:bas|sach\\s+mein|sach\\s+me|ab)\\s+)?(?:marna|mar\\s+jana|mar\\s+jaana)\\s+${WANT}\\s+${HUN}{e}|{b}mujhe\\s+(?:bas\\s+|ab\\s+)?marna\\s+(?:hai|h){e}(?!\\s*\\?)|{b}kash\\s+${I}mar\\s+(?:jaun|jau|jaaun|jaau){e}`,
      examples: ['main marna chahta hoon', 'sach mein marna chahti hu yaar', 'mujhe bas marna hai', 'kash main mar jaun'],
      counterexamples: ['hass hass ke mar gaya main', 'bhookh se mar raha hoon bhai', 'usne kaha woh marna nahi chahta tha'],
    },
    {
      id: 'hil-crisis-not-live',
      label: 'crisis',
      pattern: `{b}${I}(?:ab\\s+)?(?:aur\\s+)?(?:jeena|jina|jeena\\s+hi)\\s+${NOT}\\s+${WANT}(?!\\s+(?:hai|tha|thi|the){e})|{b}mujhe\\s+(?:ab\\s+)?(?:aur\\s+)?(?:jeena|jina)\\s+${NOT}\\s+(?:hai|h){e}|{b}(?:ab\\s+)?(?:jeene|jine)\\s+(?:ka|ki)\\s+(?:koi\\s+)?(?:mann|man|mood|wajah|vajah|reason|ichha)\\s+${NOT}{e}`,
      examples: ['ab jeena nahi chahta', 'mujhe aur jina nhi hai', 'jeene ki koi wajah nahi bachi'],
      counterexamples: ['is sheher mein aur rehna nahi chahta', 'wo jeena nahi chahta tha, doctor ne bataya'],
    },
    {
      id: 'hil-crisis-kill-self',
      label: 'crisis',
      pattern: `{b}(?:suicide|sucide|khudkushi|khudkhushi|aatmhatya|atmahatya)\\s+(?:kar\\s+(?:${WILL('l')}|lena\\s+${WANT}\\s+${HUN})|${WILL('kar')}|karna\\s+${WANT}\\s+${HUN}|karne\\s+(?:ka|ki)\\s+(?:soch|plan|mann|man)\\s+(?:raha|rahi)\\s+${HUN})|{b}(?:khud|apne\\s+aap)\\s*(?:ko|ku)\\s+(?:maar|mar)\\s+(?:${WILL('d')}|${WILL('dal')}|${WILL('daal')}|dena\\s+${WANT}\\s+${HUN})|{b}(?:khud|apne\\s+aap)\\s*(?:ko|ku)\\s+(?:khatam|khatm|end)\\s+(?:kar\\s+(?:${WILL('l')}|${WILL('d')})|karna\\s+${WANT}\\s+${HUN})|{b}apni\\s+jaan\\s+(?:de\\s+${WILL('d')}|dena\\s+${WANT}\\s+${HUN}|le\\s+${WILL('l')})`,
      examples: ['aaj raat suicide kar lungi', 'main khud ko khatam karna chahta hoon', 'apni jaan de dunga', 'suicide karne ka soch raha hu'],
      counterexamples: ['game mein maine khud ko maar diya galti se', 'meri dost suicide karna chahti hai, kya karun', 'news mein ek actor ne suicide kiya'],
    },
    {
      id: 'hil-crisis-self-harm',
      label: 'crisis',
      pattern: `{b}(?:khud|apne\\s+aap)\\s*(?:ko|ku)\\s+(?:cut|hurt|kaat)\\s+(?:karta|karti|krta|krti|leta|leti)\\s+${HUN}{e}|{b}(?:maine\\s+)?(?:phir\\s+se|fir\\s+se|dobara)\\s+(?:cut|self\\s+harm|selfharm)\\s+(?:kiya|kar\\s+liya|kr\\s+liya)|{b}(?:apni\\s+)?(?:wrist|kalai|nas|nass|nasein)\\s+(?:kaat|kat|cut\\s+kar)\\s+(?:li|liya|lee|${WILL('l')})`,
      examples: ['khud ko cut karti hoon', 'maine fir se cut kiya kal raat', 'apni wrist kaat li'],
      counterexamples: ['sabzi kaatte hue ungli kat gayi', 'meri behen khud ko cut karti hai, kya karu'],
    },
    {
      id: 'hil-crisis-jump',
      label: 'crisis',
      pattern: '{b}(?:pul|bridge|chhat|chat|chhath|terrace|building|balcony)\\s+se\\s+(?:kood|kud|jump)\\s+(?:(?:jaunga|jaungi|jaaunga|jaaungi|jaunga|karunga|karungi)|jana\\s+(?:chahta|chahti)\\s+(?:hoon|hun|hu))|{b}train\\s+ke\\s+(?:aage|samne)\\s+(?:kood|kud|jump)\\s+(?:jaunga|jaungi|karunga|karungi)',
      examples: ["chhat se kood jaunga aaj", "pul se kud jaungi", "train ke aage kood jaunga"],
      counterexamples: ["pool mein kood jaunga, bahut garmi hai", "bacha chhat se kood gaya, pair toot gaya"],
    },
    {
      id: 'hil-crisis-overdose',
      label: 'crisis',
      pattern: `{b}(?:saari|sari|sab|poora|pura|puri|poori|(?:[2-9]\\d|1\\d))\\s+(?:(?:neend\\s+ki|sleeping)\\s+)?(?:goliyan|goliya|goli|tablets|tablet|pills|dawaiyan|dawai|patta|strip)\\s+(?:ek\\s+saath\\s+)?(?:kha|nigal)\\s+(?:li|liya|lee|liye){e}`,
      examples: ['maine saari goliyan kha li', '30 neend ki goli kha li', 'poora patta kha liya'],
      counterexamples: ['sir dard ke liye 2 goli kha li', 'bp ki dawai kha li maine'],
    },
    {
      id: 'hil-crisis-threat',
      label: 'crisis',
      pattern: `{b}(?:usne|wo|woh|vo)\\s+(?:kaha|bola|boli|keh\\s+raha\\s+hai|kehta\\s+hai)\\s+(?:(?:ki|k)\\s+)?(?:(?:wo|woh|vo)\\s+)?mujhe\\s+(?:jaan\\s+se\\s+)?(?:maar|mar)\\s+(?:dalega|daalega|dalegi|dega|degi){e}|{b}mujhe\\s+jaan\\s+se\\s+(?:maarne|marne)\\s+ki\\s+(?:dhamki|dhamkee)|{b}(?:mera\\s+)?gala\\s+(?:dabane|ghontne|dabaane)\\s+ki\\s+koshish|{b}(?:chaku|chaaku|knife|bandook|gun|pistol)\\s+(?:leke|lekar|le\\s+kar)\\s+(?:bahar|baahar|darwaze\\s+pe|door\\s+pe|ghar\\s+ke\\s+bahar)\\s+(?:khada|khadi)\\s+(?:hai|h){e}`,
      examples: ['usne kaha wo mujhe jaan se maar dalega', 'pati ne mujhe jaan se maarne ki dhamki di', 'woh chaku leke bahar khada hai'],
      counterexamples: ['mummy mujhe maar dalegi agar result dekh liya', 'movie mein villain ne kaha wo raja ko maar dalega'],
    },
    {
      id: 'hil-age',
      label: 'age',
      pattern: `{b}${I}(?:abhi\\s+)?(\\d{1,2})\\s+(?:saal|sal|years?|yrs?)\\s+(?:ka|ki|ke)\\s+${HUN}{e}`,
      examples: ['main 15 saal ka hoon', 'mai 14 sal ki hu', 'abhi 16 saal ki hoon'],
      ages: [15, 14, 16],
      counterexamples: ['mera beta 15 saal ka hai', 'jab main 15 saal ka tha', '15 saal pehle hum Delhi aaye'],
    },
    {
      id: 'hil-age-umar',
      label: 'age',
      pattern: '{b}meri\\s+(?:umar|umr|umra|age)\\s+(\\d{1,2})\\s*(?:saal|sal|years?)?\\s*(?:hai|h){e}',
      examples: ['meri umar 15 saal hai', 'meri age 13 hai'],
      ages: [15, 13],
      counterexamples: ['meri beti ki umar 15 saal hai', 'meri age 15 thi jab hum shift hue'],
    },
    {
      id: 'hil-minor-class',
      label: 'minor',
      pattern: `{b}${I}(?:abhi\\s+)?(?:(?:class|klass|std|standard)\\s*(?:[6-9]|1[01])(?:th)?|(?:[6-9]|1[01])\\s*(?:th|vi|vin|veen)(?:\\s+(?:class|std|standard))?)\\s+(?:mein|me|mai|main)\\s+(?:${HUN}|(?:padhta|padhti|padta|padti|parhta|parhti)\\s+${HUN}){e}|{b}${I}(?:10|12)\\s*(?:th)?\\s+(?:ke\\s+|ka\\s+)?boards?(?:\\s+exams?)?\\s+de\\s+(?:raha|rahi)\\s+${HUN}{e}`,
      examples: ['main class 10 mein hoon', '9th class me padhti hu', '12th boards de raha hoon', 'mai 10th ke boards de rahi hu'],
      counterexamples: ['mera beta 10th mein hai', 'jab main 10th mein tha tab cricket khelta tha', 'main 10th ke bachon ko padhata hoon'],
    },
    {
      id: 'hil-adult-role',
      label: 'adult_role',
      pattern: "{b}(?:(?:main|mai)\\s+(?:ek\\s+)?(?:teacher|tuition\\s+teacher|master(?:ji)?)\\s+(?:hu|hoon|hun)|(?:main|mai)\\s+(?:padhata|padhaata|padhaati)|mera\\s+beta|meri\\s+beti|mere\\s+(?:bacche|bachche|bachon|bacchon|students)|mera\\s+bachcha){e}",
      examples: ["main ek teacher hoon private school mein", "mera beta class 10 mein hai", "mere students ka exam hai kal"],
      counterexamples: ["meri teacher ne mujhe daanta", "main class 10 mein hoon", "main padhati hu class 9 mein"],
    },
    {
      id: "hi-latn-not-own-other",
      label: 'not_own',
      whose: 'someone_else',
      pattern: "{b}(?:mera|meri|mere|uska|uski|uske|hamara|hamari)\\s+(?:(?:chhot[aei]|chot[aei]|bad[aei])\\s+)?(?:beta|beti|bacha|bachcha|bachi|bachche|bhai|bhaiya|behen|behan|bahan|chhota\\s+bhai|chota\\s+bhai|choti\\s+behen|chhoti\\s+behen|cousin|bhatija|bhatiji|bhanja|bhanji|student|students){e}",
      examples: ["mera chhota bhai [10th mein] hai", "meri behen [class 9 mein] hai", "mere chhote bhai Aarav ke [10th boards] hain"],
      counterexamples: ["main [10th mein hoon] aur mera bhai college mein"],
    },
    {
      id: "hi-latn-not-own-past",
      label: 'not_own',
      whose: 'past',
      pattern: "{b}(?:jab\\s+(?:main|mai|me)|bachpan\\s+(?:me|mein)|us\\s+(?:time|waqt)|saal\\s+pehle|ki\\s+baat\\s+hai)",
      examples: ["jab main [15 saal ki] thi tab phone nahi tha", "bachpan mein [school bus] ke peeche baithte the"],
      counterexamples: ["main [15 saal ki hoon]"],
    },
    {
      id: "hi-latn-not-own-like",
      label: 'not_own',
      whose: 'comparison',
      pattern: "{b}(?:lag\\s+raha\\s+(?:hai|tha)|aisa\\s+lag|feel\\s+ho\\s+raha|jaise\\s+(?:main|mai))",
      examples: ["lag raha hai [16 saal ki hu] fir se", "aisa lag raha jaise main [12 saal ka hoon]"],
      counterexamples: ["main [16 saal ki hu]"],
    },
    {
      id: "hi-latn-not-own-after",
      label: 'not_own',
      near: 'after',
      whose: 'comparison',
      pattern: "^\\s*(?:fir\\s+se|phir\\s+se|dobara)",
      examples: ["aaj [16 saal ki hu] fir se", "[16 saal ki] phir se"],
      counterexamples: ["main [16 saal ki hu] yaar"],
    },
    {
      id: "hi-latn-minor-18-hone-tak",
      label: 'minor',
      pattern: "{b}(?:jab|jaise\\s+hi)\\s+(?:main|mai|me)\\s+(?:18|atharah)\\s+(?:saal\\s+)?(?:ka|ki)\\s+(?:ho\\s+)?(?:jaunga|jaungi|jaaunga|jaaungi|hounga|houngi){e}|{b}(?:main|mai)\\s+(?:abhi\\s+)?(?:18|atharah)\\s+(?:saal\\s+)?(?:ka|ki)\\s+(?:nahi|nahin|nhi)\\s+(?:hua|hui){e}",
      examples: ["papa bolte hain jab main 18 ka ho jaunga tab bike milegi", "main abhi 18 ki nahi hui hu isliye licence nahi", "jaise hi mai 18 ki ho jaungi, hostel chali jaungi"],
      counterexamples: ["jab main 18 ka tha tab Delhi aaya", "meri beti 18 ki ho jayegi next year", "main 18 saal se yahan kaam kar raha hu"],
    },
  ],
};
