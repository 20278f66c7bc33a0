import type { Lexicon } from './cue.ts';

/**
 * English: only stated ages and the school years of the English-speaking
 * systems (the English crisis cues live in appraise/cues.ts). Folded form:
 * apostrophes removed ("I'm" → "im"). Years that straddle 18 (UK Year 13 /
 * upper sixth, Australian Year 12, Scottish S6, Leaving Cert, US/Canadian/
 * South African grade 12 and "senior") are left out on purpose.
 */
const IM = '(?:i\\s*am|im|i\\s+m)';
const NOW = '(?:(?:now|currently|still|only|just)\\s+)?';
export const LEXICON: Lexicon = {
  lang: 'en',
  cues: [
    {
      id: 'en-age-im',
      label: 'age',
      pattern: `{b}${IM}\\s+${NOW}(\\d{1,2})(?=[\\s-]+(?:years?|yrs?)[\\s-]+old{e}|\\s*(?:y/?o|yrs?\\s+old){e}|\\s*(?:$|[!?;)]|[.,](?!\\d))|\\s+(?:and|but|so|lol|lmao|haha|btw|too|myself|turning|going\\s+on|rn|atm|now)(?:{e}))`,
      examples: ["I'm 15", 'im 14 and my parents are strict', 'I am 16 years old.', "i'm only 13, lol"],
      ages: [15, 14, 16, 13],
      counterexamples: ["I'm 15 minutes late", "I'm 15 weeks pregnant", 'my son is 15', 'I was 15 when we moved', "I'm 15 years sober this June", "I'm 15 years older than him"],
    },
    {
      id: 'en-age-a-year-old',
      label: 'age',
      pattern: `{b}${IM}\\s+(?:a|an)\\s+(\\d{1,2})[\\s-]*(?:years?[\\s-]+old|yrs?[\\s-]+old|y/?o){e}`,
      examples: ["I'm a 15 year old girl", 'i am a 14-year-old boy from Leeds'],
      ages: [15, 14],
      counterexamples: ['I have a 15 year old son', 'we adopted a 12-year-old dog… no, cat'],
    },
    {
      id: 'en-age-reddit',
      label: 'age',
      pattern: '{b}(?:i|me)\\s*\\(\\s*(\\d{1,2})\\s*[mfn]{e}',
      examples: ['I (15F) need advice', 'me (16m) and my brother (19m)'],
      ages: [15, 16],
      counterexamples: ['my daughter (15F) is being bullied', 'my husband (15m late as usual) forgot'],
    },
    {
      id: 'en-age-turned',
      label: 'age',
      pattern: '{b}i\\s+(?:just|recently)\\s+turned\\s+(\\d{1,2}){e}(?!\\s*(?:minutes|pages|degrees|%|times))',
      examples: ['I just turned 16', 'i recently turned 13 and'],
      ages: [16, 13],
      counterexamples: ['my sister just turned 16', 'I turned 15 in 2009'],
    },
    {
      id: 'en-minor-year',
      label: 'minor',
      pattern: `{b}${IM}\\s+${NOW}(?:in\\s+(?:year|yr|y)\\s*(?:[7-9]|1[01])|(?:a\\s+)?(?:year|yr|y)\\s*(?:[7-9]|1[01])\\s+(?:student|pupil|at|in|and)|in\\s+(?:the\\s+)?lower\\s+sixth|in\\s+transition\\s+year|in\\s+(?:s[1-5]|sec\\s*[1-4]|secondary\\s+[1-4]|jss\\s*[1-3]|ss\\s*[12]|sss\\s*[12]|ty)(?=\\s*(?:$|[!?,;.)])|\\s+(?:and|but|so|at|in|doing|now|rn|this|lol|taking|studying)(?:{e})))(?!\\d|\\s+(?:of|at|in)\\s+(?:uni|university|college|my\\s+(?:degree|phd|course|apprenticeship|career|marriage)|med|law|school\\s+as\\s+a))(?:{e})`,
      examples: ["I'm in Year 9", 'im in year 10 at a comp in Wales', "I'm in S4 and doing my Nat 5s", "I'm currently in Sec 3", 'im in JSS2', "I'm in transition year"],
      counterexamples: ["I'm in Year 2 of uni", 'my son is in year 9', 'when I was in year 10 I loved art', 'I teach year 9 maths', "I'm in year 13 and turn 18 in May", 'im in s3 console right now', "I'm in SS2 mode on the bike"],
    },
    {
      id: 'en-minor-grade',
      label: 'minor',
      pattern: `{b}${IM}\\s+${NOW}(?:in\\s+(?:(?:[6-9]|1[01])(?:st|nd|rd|th)?\\s+(?:grade|class|standard|std)|(?:grade|class|standard|std)\\s*(?:[6-9]|1[01])(?!\\s+(?:minutes?|mins?|hours?|am|pm){e}))|(?:a|an)\\s+(?:[6-9]|1[01])(?:st|nd|rd|th)\\s+grader|(?:a\\s+)?(?:freshman|sophomore|junior)\\s+(?:in|at)\\s+(?:high\\s+school|hs)|in\\s+middle\\s+school|in\\s+(?:junior\\s+high|jr\\s+high))(?!\\d)(?:{e})`,
      examples: ["I'm in 9th grade", 'im in class 10 and my boards are next month', "I'm a sophomore in high school", "I'm in grade 11 in Joburg", "I'm in middle school"],
      counterexamples: ["I'm a sophomore in college", 'my daughter is in 9th grade', "I'm a junior in college majoring in bio", 'I teach 10th grade English', "I'm in class 10 minutes early", "I'm in grade 12 and 18 already"],
    },
    {
      // A pupil's cohort and teacher: "our whole year 10", "miss told us"; a teacher says "my year 10s" (an adult role).
      id: 'en-minor-our-year',
      label: 'minor',
      pattern: '{b}our\\s+(?:whole\\s+)?(?:year|yr)\\s+(?:[7-9]|10|11)(?!s){e}(?!\\s+(?:son|daughter|kid|kids|child|boy|girl|students|pupils|class|classes|group|groups|set|sets|form|tutor|tutors|teacher|teachers|reports?|maths|math|english|science|history)(?:{e}))|{b}(?:miss|sir)\\s+(?:literally\\s+|just\\s+|even\\s+)?(?:told|gave|made|kept|let)\\s+us{e}',
      examples: ['our whole year 10 has mocks next week', 'our year 9 are going to the zoo on friday', 'miss literally told us to bring it'],
      counterexamples: ['my year 10s are a nightmare this term', 'our year 10 son starts mocks', 'our year 11 group did well', 'our year 9 tutor group raised money', 'my year 11 maths teacher added me on LinkedIn'],
    },
    {
      id: 'en-minor-exams',
      label: 'minor',
      pattern: `{b}${IM}\\s+(?:doing|sitting|taking|writing|giving|revising\\s+for|studying\\s+for|preparing\\s+for)\\s+(?:my\\s+)?(?:gcses?|junior\\s+(?:cert|cycle)|o[\\s-]?levels?|n[\\s-]?levels?|as[\\s-]?levels?|nat(?:ional)?\\s*5s?|(?:class\\s+)?10th\\s+boards?|10th\\s+board\\s+exams?|bece){e}|{b}my\\s+(?:gcses?|junior\\s+cert|o[\\s-]?levels?|10th\\s+boards?)\\s+(?:start|are|begin|is|starts)(?!\\s+(?:over|long|ages|from|in\\s+\\d|ancient|old|rubbish|useless|not|worth|still|irrelevant){e})`,
      examples: ["I'm doing my GCSEs this year", 'im sitting my O-levels in October', 'my GCSEs start on Monday', "I'm giving my 10th boards"],
      counterexamples: ['her GCSEs start Monday', 'I did my GCSEs back in 2004', 'I teach GCSE maths', 'my GCSEs are from 1998, so no help there'],
    },
    {
      id: "en-minor-too-young-told",
      label: 'minor',
      pattern: "(?<!{b}(?:son|daughter|kid|kids|him|her|them|brother|sister|cousin|nephew|niece)(?:\\s+\\S+){0,3}\\s+){b}come\\s+back\\s+when\\s+(?:youre|ur|you\\s+are|u\\s+are|u\\s+r)\\s+(?:1[4-8]|fourteen|fifteen|sixteen|seventeen|eighteen){e}",
      examples: ["the lady literally said come back when ur 16", "they told me come back when youre 18 lol"],
      counterexamples: ["i told the kid come back when youre 16", "my son got told come back when youre 16"],
    },
    {
      id: "en-not-own-other",
      label: 'not_own',
      whose: 'someone_else',
      pattern: "{b}(?:my|our|his|her|their|your|ur)\\s+(?:(?:little|lil|baby|big|older|younger|oldest|youngest|eldest|twin|step|god)\\s*)?(?:sons?|daughters?|kids?|child|children|boys?|girls?|brothers?|bro|sisters?|sis|cousins?|nieces?|nephews?|grandsons?|granddaughters?|grandkids?|godsons?|goddaughters?|stepsons?|stepdaughters?|students?|pupils?|oldest|youngest|eldest){e}",
      examples: ["my little brother is [in year 9] and already taller than me", "helping my goddaughter with her [year 7] homework", "our oldest starts [middle school] on monday"],
      counterexamples: ["[im in year 9] and my brother is in year 11", "my mum took my phone, [im 14] btw", "my brother keeps stealing my hoodies [im 14] not 5", "my little sister is in year 7 and [im in year 9]"],
    },
    {
      id: "en-not-own-possessive",
      label: 'not_own',
      whose: 'someone_else',
      pattern: "{b}(?:his|her|their|hes|shes|theyre)\\s+(?:in\\s+(?:the\\s+)?)?$",
      examples: ["my lil cousin keeps asking me to help w his [5th grade] math", "she is in her [first year of high school]"],
      counterexamples: ["i need help with my [5th grade] math", "i told her [im 15] and she laughed"],
    },
    {
      id: "en-not-own-past",
      label: 'not_own',
      whose: 'past',
      pattern: "{b}(?:when\\s+i\\s+was|back\\s+(?:in|when|then)|i\\s+used\\s+to|remember\\s+(?:when|being|doing|getting)|years\\s+ago|since\\s+i\\s+was)",
      examples: ["back in [middle school] i was trash at ball", "remember doing [gcse] drama? i played a tree", "back in 2009 my mom [grounded me] for a week"],
      counterexamples: ["[im in middle school] and i hate it", "remember to bring your [permission slip]", "i was born in 2010 so [im 15]", "i used to love it but [im 14] now"],
    },
    {
      id: "en-not-own-like",
      label: 'not_own',
      whose: 'comparison',
      pattern: "{b}(?:feels?|felt|feeling)\\s+like|{b}(?:treats?|treated|treating)\\s+me\\s+like|{b}explain(?:\\s+it)?(?:\\s+to\\s+me)?\\s+like|{b}as\\s+(?:if|though)|{b}(?:act|acting)\\s+like|{b}like\\s*$",
      examples: ["explain it to me like [im 5]", "amma still treats me like [im 12]", "fell asleep on her sofa like [im 10]", "i felt like i was [16] again at the concert"],
      counterexamples: ["[im 15] and i like horses", "i like it a lot, [im 15] and free", "sofa like i was tired, [im 15]", "i feel like my mom doesnt get that [im 14]"],
    },
    {
      id: "en-not-own-after",
      label: 'not_own',
      near: 'after',
      whose: 'comparison',
      pattern: "^\\s*(?:again|all\\s+over\\s+again|at\\s+heart|in\\s+my\\s+head|years?\\s+(?:out|clean|sober|later|into|in|married))",
      examples: ["at the concert i felt [16] again", "[im 12] years out and i dont miss it"],
      counterexamples: ["[im 15] and bored", "[im 16] and again my mom said no"],
    },
  ],
};
