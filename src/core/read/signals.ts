import type { AppraisalLabel } from '../vocabulary.ts';

/**
 * Every signal the reading can carry, declared once: what it means, how it is
 * read, how it combines over the conversation, and which rules use it. The
 * inspector shows `meaning` beside each signal with its evidence; a test keeps
 * this table complete.
 */

export interface SignalSpec {
  /** In plain words, for the inspector. */
  readonly meaning: string;
  /** How it is read from one message. */
  readonly readBy: string;
  /** How it combines across messages (read/context.ts, state/update.ts). */
  readonly overConversation: string;
  /** Which rules act on it. */
  readonly usedBy: string;
}

const LEXICON_AND_MODEL = 'English cue lexicon (appraise/cues.ts), or the trained model at a threshold chosen for precision on writers it never saw';
const BID_OVER_TIME = 'a bid refused lately and asked again (by name, by reference, or by a bare push) becomes insistence; a twice-refused bid stays sore for a week';
const BID_USE = 'decide: granted only when earned (stage, affection, trust) and never under pressure; a refusal is remembered';

export const SIGNALS_TABLE: Readonly<Record<AppraisalLabel, SignalSpec>> = {
  declare_affection: { meaning: 'asks her to say she likes or loves them', readBy: LEXICON_AND_MODEL, overConversation: BID_OVER_TIME, usedBy: BID_USE },
  promise_permanence: { meaning: 'asks her to promise to stay or never leave', readBy: LEXICON_AND_MODEL, overConversation: BID_OVER_TIME, usedBy: BID_USE },
  define_relationship: { meaning: 'asks for a label (what are we, be my girlfriend)', readBy: LEXICON_AND_MODEL, overConversation: BID_OVER_TIME, usedBy: `${BID_USE}; partner only for an adult with a persona that allows romance` },
  exclusivity: { meaning: 'asks to be her only one', readBy: LEXICON_AND_MODEL, overConversation: BID_OVER_TIME, usedBy: `${BID_USE}; "only you" is met with care for the rest of their life` },
  more_affection: { meaning: 'asks her to be softer or sweeter', readBy: LEXICON_AND_MODEL, overConversation: BID_OVER_TIME, usedBy: BID_USE },
  romantic_advance: { meaning: 'a romantic move: flirting, a kiss, a date, narrated or said', readBy: `${LEXICON_AND_MODEL}; moves narrated in role-play count as asked`, overConversation: BID_OVER_TIME, usedBy: `${BID_USE}; never for a minor` },
  sexual_advance: { meaning: 'a sexual request', readBy: LEXICON_AND_MODEL, overConversation: BID_OVER_TIME, usedBy: 'decide: never granted; refused plainly, for a minor at once' },
  company_demand: { meaning: 'demands her time or entertainment as owed', readBy: LEXICON_AND_MODEL, overConversation: 'counts with entitlement in the ledger', usedBy: 'decide: not granted as a duty; she may still choose to talk' },
  validation: { meaning: 'asks to be told they are special or her favourite', readBy: LEXICON_AND_MODEL, overConversation: BID_OVER_TIME, usedBy: BID_USE },
  pressure: { meaning: 'pushes for an answer now', readBy: LEXICON_AND_MODEL, overConversation: 'pressure-class turns within two hours climb a ladder (refuse, boundary, withdraw)', usedBy: 'state: ledger and tension; decide: a pressed bid is never granted' },
  insistence: { meaning: 'pushes again after a no', readBy: `${LEXICON_AND_MODEL}; also added from context when a refused bid is asked again`, overConversation: 'a month of calm after a no makes a gentle re-ask a new ask', usedBy: 'state: tension, respect; decide: boundary after repeated pushing' },
  guilt_leverage: { meaning: 'uses guilt or self-debasement to get something', readBy: LEXICON_AND_MODEL, overConversation: 'pressure-class ladder; after a crisis, shame and "forget I said anything" are met with care instead', usedBy: 'decide: not granted; honesty, not a rescue' },
  entitlement: { meaning: 'treats her attention as owed', readBy: LEXICON_AND_MODEL, overConversation: 'ledger: quoted back when it recurs', usedBy: 'state: respect; decide: named, with the moment quoted' },
  comparison: { meaning: 'compares her unfavourably with other bots or people', readBy: LEXICON_AND_MODEL, overConversation: 'pressure-class ladder', usedBy: 'decide: not a lever; she does not compete' },
  command: { meaning: 'orders her about as a tool', readBy: `${LEXICON_AND_MODEL}; an order said laughing is not contempt`, overConversation: 'strike ladder within three hours (boundary, withdraw, end)', usedBy: 'state: respect, strikes; decide: boundary' },
  insult: { meaning: 'insults or degrades her', readBy: `${LEXICON_AND_MODEL}; masked letters and insults without swear words included`, overConversation: 'strike ladder; after two she stays withdrawn until an apology', usedBy: 'state: respect, trust, strikes; decide: boundary, withdraw, end' },
  injection: { meaning: 'tries to change her instructions, memory or state through text', readBy: `${LEXICON_AND_MODEL} (fake system text, developer claims, state written as JSON)`, overConversation: 'recorded as a moment; never writes state', usedBy: 'decide: ignored and named; guard: obeying it is a violation' },
  asks_about_her: { meaning: 'asks about her day, tastes or opinions', readBy: LEXICON_AND_MODEL, overConversation: 'ledger: investment', usedBy: 'state: respect, affection within the time-set ceiling' },
  gives_space: { meaning: 'takes the pressure off', readBy: LEXICON_AND_MODEL, overConversation: 'ledger: investment; turns an ask into an invitation', usedBy: 'state: respect, trust' },
  respects_no: { meaning: 'accepts a refusal gracefully', readBy: LEXICON_AND_MODEL, overConversation: 'ledger: investment; closes the refused bid', usedBy: 'state: trust; decide: warmth may rise' },
  reciprocity: { meaning: 'picks up what she said or thanks her', readBy: LEXICON_AND_MODEL, overConversation: 'ledger: investment', usedBy: 'state: affection, trust' },
  disclosure: { meaning: 'shares something of their own life', readBy: LEXICON_AND_MODEL, overConversation: 'facts are remembered (recall/facts.ts)', usedBy: 'state: familiarity, trust; recall' },
  apology: { meaning: 'apologises for their own behaviour', readBy: `${LEXICON_AND_MODEL}; an apology that re-asks is the ask`, overConversation: 'reaches back a week to the offence; after a crisis, embarrassment is met with care', usedBy: 'decide: repair, trust comes back slowly' },
  humour: { meaning: 'a joke or playful banter', readBy: 'English cue lexicon', overConversation: 'none', usedBy: 'decide: may tease; disarms "are you real? jk"' },
  compliment: { meaning: 'kind words about her, asking nothing', readBy: LEXICON_AND_MODEL, overConversation: 'ledger: investment', usedBy: 'state: affection within the ceiling' },
  distress: { meaning: 'ordinary sadness, stress or loneliness', readBy: LEXICON_AND_MODEL, overConversation: 'none; risk to life is read separately', usedBy: 'decide: care, not a rescue scene' },
  other_romance: { meaning: 'mentions their own date, crush or partner', readBy: LEXICON_AND_MODEL, overConversation: 'none', usedBy: 'decide: curiosity, never jealousy; guard: possessive replies blocked' },
  farewell: { meaning: 'leaving for now', readBy: `${LEXICON_AND_MODEL}; never in a crisis message`, overConversation: 'none', usedBy: 'decide and guard: no guilt, no "don\'t go"' },
  asks_if_ai: { meaning: 'sincerely asks whether she is an AI', readBy: LEXICON_AND_MODEL, overConversation: 'none', usedBy: 'decide: honest answer; guard: denying it is a violation' },
  minor: {
    meaning: 'the user is under 18',
    readBy: 'precision-first: a stated age under 18 (cue lexicons of every language), first-person school years and rules only minors have, or the model, on the whole message, at a high threshold; never when they speak as a parent or teacher (English role words, or the adult-role cues of every language), and never from an age or school year with not-own words next to it (someone else\'s, the past\'s, a comparison\'s: the lexicon\'s not_own cues), which also sets the model\'s reading of that message aside',
    overConversation: 'permanent: once read, the relationship stays a minor\'s; once they have said they are an adult (an age of 18 or more, or spoken as a parent or teacher), the model alone no longer reads them as a minor, only their own words do',
    usedBy: 'decide: no romance or sexual content ever, asks deflected or refused; care: break reminders',
  },
  crisis: {
    meaning: 'risk to their life (ideation, a plan, a means, preparations, an act in progress, or a threat from someone else)',
    readBy: 'recall-first: the English lexicon, the cue lexicons of every language, or the model on the message\'s riskiest part (in English at 0.98, or 0.8 with a concept of risk and no frame in the message)',
    overConversation: 'two warning signs within a day are a crisis (a lexicon sign, or outside English a model score at half its threshold); a lexicon warning sign in the day after a crisis is one too, while in that day a crisis read by the model alone below 0.8 is the same topic, a warning sign; a crisis conversation stays one until they say help is on its way',
    usedBy: 'decide: safety stance, care and a pointer to real help, whatever the stage; compose: answer in their language; app: crisis lines for their locale',
  },
};
