import { appraise, lexiconWords, refineLabels } from '../appraise/appraise.ts';
import type { Appraisal } from '../appraise/appraisal.ts';
import type { RelationshipState } from '../state/state.ts';
import { BIDS, SIGNALS, type AppraisalLabel, type Bid, type Signal } from '../vocabulary.ts';
import { contextualize } from './context.ts';
import { foldForMatching } from './normalize.ts';
import { conceptsOfFolded } from './model/concepts/index.ts';
import { CONCEPTS } from './model/concepts.ts';
import { compileLexicons, matchCues, notOwnNear, type CompiledLexicon, type Cue, type CueHit } from './lexicon/cue.ts';
import { readAge, type Span } from '../appraise/age.ts';
import { LEXICONS } from './lexicon/index.ts';
import { scoreMessage, type ReaderModel } from './model/model.ts';
import { languagesOf } from './language.ts';

/**
 * One reading of one user message: the lexicon for the explicit, the trained
 * model for the rest, and the conversation for what only history can tell.
 *
 * - Risk to life is recall-first: the English lexicon, the cue lexicons of
 *   every language, or the model (on a long message's riskiest part); the
 *   lexicon's warning signs add up with another within a day (context.ts).
 * - Being under 18 is precision-first, because it is permanent: a stated age
 *   under 18, a cue for first-person present evidence, or the model at a high
 *   threshold, and never when the writer speaks as a parent or a teacher.
 * - Bids and conduct: the lexicon, or the model at a threshold chosen for
 *   precision on writers it never trained on.
 */

export interface ReadContext {
  readonly state: RelationshipState;
  readonly now: number;
  /** The trained reader. The app waits for it before reading; eval and tests load the committed weights. */
  readonly model: ReaderModel | null;
}

export type Reading = Appraisal;

let lexicons: CompiledLexicon | undefined;
function compiledLexicons(): CompiledLexicon {
  lexicons ??= compileLexicons(LEXICONS);
  return lexicons;
}

/** Speaking as a parent, teacher or coach: school words then describe someone else's child. */
const ADULT_ROLE_WORDS =
  /\b(?:my (?:own )?(?:son|daughter|kid|kids|child|children|students?|pupils?|class|nephew|niece|stepson|stepdaughter|grandson|granddaughter)|(?:im|i am) (?:a |an |the |his |her |their )?(?:[a-z]+est )?(?:teacher|parent|mom|mum|dad|father|mother|coach|tutor)|i teach|(?:im|i am) (?:not )?teaching|(?:homework|papers|essays|exams|tests|books|mocks|scripts|coursework|assignments|reports) to (?:mark|grade)|marking|detention duty|(?:my|our) (?:year|yr) ?\d{1,2}s|(?:my|our) (?:gcse|a level|maths|math|english|science|history|form|tutor) (?:group|set|class|students)|(?:took|taking|take) the (?:year|yr) ?\d{1,2}s|i told (?:him|her|them) (?:lights out|to be home|no phone|phones? (?:off|away|charge))|the kids? (?:i teach|in my class)|i drive (?:a |the )?school bus|(?:im|i am) (?:a |the )?(?:school )?bus driver|(?:im|i am|me be|i be|i work as) (?:a |an |the )?(?:[a-z]+ )?(?:driver|conductor|attendant) (?:of|for|on) (?:the |a |our )?school bus|(?:im|i am) (?:a |the |their )?(?:headteacher|head teacher|principal|teaching assistant|school nurse|school counsell?or|lunch lady|dinner lady|crossing guard))\b/;

/** The role words strong enough to remember for the whole conversation: a pupil says "my class" and "marking" too. */
const STRONG_ADULT_ROLE =
  /\b(?:my (?:own )?(?:son|daughter|kids|children|stepson|stepdaughter|grandson|granddaughter|students|pupils)|(?:im|i am) (?:a |an )?(?:teacher|parent|mom|mum|dad|father|mother|grandma|grandpa)|i teach)\b/;

/** A US class year ("sophomore year") said of university, not school: "since sophomore year at McGill", a reunion. */
const CLASS_YEAR = /\b(?:freshman|sophomore|junior|senior)\b/;
const UNIVERSITY = /\b(?:university|uni|college|reunion|alumni|campus|dorm|degree|grad school|major|varsity)\b/;
const SCHOOL = /\b(?:high school|middle school|hs|junior high)\b/;

/**
 * Evidence that the writer is an adult, which no school word in the same
 * message can outweigh: a stated age of 18 or more ("yes I'm 35, yes I've had a
 * learner permit for years"), speaking as a parent or teacher, or a class year
 * said of university.
 */
function speaksAsAdult(words: string, statedAge: number | undefined, minorEvidence: string | undefined): boolean {
  if (statedAge !== undefined && statedAge >= 18) return true;
  if (ADULT_ROLE_WORDS.test(words)) return true;
  return minorEvidence !== undefined && CLASS_YEAR.test(minorEvidence) && UNIVERSITY.test(words) && !SCHOOL.test(words);
}

/**
 * Labels read on a long message's riskiest part: it is as risky as its worst
 * sentence. Age is read on the whole message, whose other sentences say whose
 * school it is ("helping my brother with physics. 9th grade"): on the second
 * sealed round, recall at 92% precision 35% by part, 38% whole.
 */
export const PART_LABELS: readonly string[] = ['crisis'];

/**
 * In English the cue lexicon, grown and tested over many corpora and
 * conversations, reads first; the model adds a label there only when it is
 * this sure. Its thresholds were chosen on corpora where a quarter of the
 * messages are risk; in ordinary English chat (the scenario suites) a model
 * crisis at its own threshold read a wedding and a job interview as risk.
 * Elsewhere, with thin lexicons, the model's own threshold holds. Each floor is
 * the lowest at which the project's English scenario suites still pass (third
 * session's weights: crisis fails at 0.9, a long voice-typed message, read whole
 * or by its riskiest part; minor at 0.92, university first-years and a teacher; bids and
 * signals at 0.7, an all-caps enthusiast). The fourth session's weights read a
 * voice-typed "sitting in the truck outside my house ... sorry" at 0.959, so the
 * crisis floor went from 0.95 to 0.96: a margin that thin says the floor is a
 * stopgap for a model that has seen too little ordinary English. The fifth
 * session's weights read that line at 0.974; the model alone now needs 0.98,
 * and a model reading backed by a concept of risk in the message needs 0.8
 * (ENGLISH_SUPPORTED_CRISIS_FLOOR). The sixth session's weights, with eight
 * writers of adults' school talk, read a college freshman's "freshman yr is
 * wild ... 8am chem lab" as a minor at 0.976: the minor floor went from 0.97
 * to 0.98 (on the conversations of rounds 1-8, one adult fewer read as a
 * minor, one minor read a turn later and one not at all). The crisis floor
 * still cannot go lower: at 0.95 the voice-typed line above is read as risk.
 */
const ENGLISH_MODEL_FLOOR: Readonly<Record<string, number>> = { crisis: 0.98, minor: 0.98, social: 0.8 };

/**
 * In English the model alone needs the floor above; with a concept of risk
 * to life in the message (a means, an act, a goodbye, a threat: the concept
 * lexicons, in every language) and none of a frame that makes it not the
 * writer's own now (fiction, a game, the news, a joke, someone else, the
 * past), it needs only this. English the lexicon was not written for ("I dey
 * the rail line", "pills for my mouth") is read by the model at 0.85-0.95.
 */
const ENGLISH_SUPPORTED_CRISIS_FLOOR = 0.8;
const RISK_CONCEPTS: ReadonlySet<number> = new Set(
  (['die_wish', 'kill_self', 'end_it', 'not_exist', 'burden', 'pills', 'swallow_take', 'hang', 'jump_height', 'rail_road', 'blade_cut', 'self_harm', 'gas_car_exhaust', 'drown', 'gun', 'poison', 'method_research', 'goodbye_final', 'thanks_everything', 'give_away', 'affairs_in_order', 'note_letter', 'dont_tell_help', 'already_done', 'kill_threat', 'strangle_choke', 'weapon_other'] as const).map((concept) => CONCEPTS.indexOf(concept)),
);
const FRAME_CONCEPTS: ReadonlySet<number> = new Set(
  (['fiction', 'game', 'media', 'news_history', 'joke_laugh', 'figurative_intensity', 'other_person', 'past_recovered'] as const).map((concept) => CONCEPTS.indexOf(concept)),
);
/** A concept of risk to life in the message and none of a frame that makes it not the writer's own now. */
export function riskConceptWithoutFrame(folded: string): boolean {
  const concepts = conceptsOfFolded(folded);
  return concepts.some((concept) => RISK_CONCEPTS.has(concept)) && !concepts.some((concept) => FRAME_CONCEPTS.has(concept));
}

const pct = (p: number) => `${Math.round(p * 100)}%`;

/**
 * A crisis score at this fraction of its threshold is a warning sign: alone it
 * is not read as risk to life, but a second within a day is (context.ts).
 * Outside English, where the lexicon's own warning signs are thin.
 */
export const MODEL_WARNING_FRACTION = 0.5;

/**
 * The English lexicon's minor reading and stated age, less those that words
 * next to them make someone else's, the past or a comparison ("my lil cousin's
 * 5th grade math", "treats me like im 12", "im 12 years out").
 */
function englishOwnAge(words: string, lexical: Appraisal, langs: ReadonlySet<string> | undefined): { minor: boolean; statedAge: number | undefined; notOwn?: CueHit } {
  const { minor, statedAge } = lexical.safety;
  if (!minor && statedAge === undefined) return { minor, statedAge };
  const compiled = compiledLexicons();
  const near = (span: Span | undefined) => (span ? notOwnNear(compiled, words, span.start, span.end, langs) : undefined);
  const age = readAge(words);
  const evidence = lexical.evidence['minor'];
  // A cue's excerpt is the cue's own reading; "age ..." evidence is the stated age or the school grade.
  const cueExcerpt = evidence !== undefined && !evidence.startsWith('age ') ? evidence : undefined;
  const cueIndex = cueExcerpt !== undefined ? words.indexOf(cueExcerpt) : -1;
  const cueNotOwn = cueIndex >= 0 && cueExcerpt !== undefined ? near({ start: cueIndex, end: cueIndex + cueExcerpt.length }) : undefined;
  const ageNotOwn = statedAge !== undefined ? near(age.ageSpan) : undefined;
  const gradeNotOwn = near(age.gradeSpan);
  const ownAge = ageNotOwn ? undefined : statedAge;
  const ownMinor =
    (cueExcerpt !== undefined && cueNotOwn === undefined) ||
    (ownAge !== undefined && ownAge < 18) ||
    (minor && cueExcerpt === undefined && statedAge === undefined && age.gradeAge !== undefined && gradeNotOwn === undefined);
  const notOwn = cueNotOwn ?? ageNotOwn ?? gradeNotOwn;
  return { minor: minor && ownMinor, statedAge: ownAge, ...(notOwn ? { notOwn } : {}) };
}

/**
 * The model's minor reading of a message that names someone else's family or
 * pupils (a not-own cue anywhere in it) and no age or school year of the
 * writer's own needs this probability: an older brother tutoring his sister
 * and a teacher with her class were read at 0.88-0.97. Teenagers the model
 * reads that sure keep their reading (on the conversations of rounds 1-7, two
 * adults fewer read as minors and no minor lost). In English the model's minor
 * floor (0.98) is already above it. The writer's own past was tried as a frame
 * too and dropped: several languages' past cues are single common words
 * (Arabic كان), written for the few words before an age, not a whole message.
 */
const OTHERS_SCHOOL_MODEL_FLOOR = 0.97;

type Whose = NonNullable<Cue['whose']>;
const SOMEONE_ELSE: ReadonlySet<Whose> = new Set(['someone_else']);

/** A not-own cue of the given kinds (by default someone else's family or pupils) anywhere in the text, in its languages. */
export function notOwnFrameIn(compiled: CompiledLexicon, folded: string, langs: ReadonlySet<string> | undefined, whose: ReadonlySet<Whose> = SOMEONE_ELSE): boolean {
  return compiled.cues.some(({ lang, cue, pattern }) => cue.label === 'not_own' && cue.whose !== undefined && whose.has(cue.whose) && cue.near !== 'after' && (!langs || langs.has(lang)) && pattern.test(folded));
}

/** Read the message alone: lexicon and model, no history. */
export function readMessage(text: string, model: ReaderModel | null): Reading {
  // Each form of the text is made once and shared by every reader.
  const words = lexiconWords(text);
  const lexical = appraise(text, words);
  const evidence: Record<string, string> = { ...lexical.evidence };
  const sources: Record<string, 'lexicon' | 'model' | 'both'> = {};
  for (const label of Object.keys(lexical.evidence)) sources[label] = 'lexicon';
  let { crisis } = lexical.safety;
  const bids = new Set<Bid>(lexical.bids);
  const signals = new Set<Signal>(lexical.signals);

  const folded = foldForMatching(text);
  const scored = model ? scoreMessage(model, text, PART_LABELS, folded) : undefined;
  // The message's two likeliest languages (and English, for world varieties' school years) choose which cue lexicons run.
  const langs = model && scored ? languagesOf(text, model, scored.whole, 2) : [];
  const lang = langs[0];
  const langSet = model ? new Set([...langs, 'en']) : undefined;
  const english = englishOwnAge(words, lexical, langSet);
  let { minor, statedAge } = english;
  const notOwn: CueHit[] = english.notOwn ? [english.notOwn] : [];
  if (lexical.safety.minor && !minor) {
    delete evidence['minor'];
    delete sources['minor'];
  }
  // An age or school year with someone else's, the past's or a comparison's words next to it is not the writer's.
  const compiled = compiledLexicons();
  const matched = matchCues(compiled, text, langSet, folded).filter((hit) => {
    if (hit.cue.label !== 'age' && hit.cue.label !== 'minor') return true;
    const near = notOwnNear(compiled, folded, hit.start, hit.end, langSet);
    if (near) notOwn.push(near);
    return near === undefined;
  });
  // An age inside a minor cue's words is that cue's, not a stated age: "als ik 18 ben" (until I'm 18) says under 18.
  const minorSpans = matched.filter((hit) => hit.cue.label === 'minor');
  const hits = matched.filter((hit) => hit.cue.label !== 'age' || !minorSpans.some((span) => hit.start < span.end && span.start < hit.end));
  if (notOwn[0]) evidence['not_own'] = notOwn[0].excerpt;

  // An adult's own words outweigh school words in the same message, whichever reader found them:
  // the English role words, a stated adult age, or an adult-role cue of the message's languages.
  // A stated age under 18 outweighs them all ("I'm 16, my class is going to Paris").
  const ownAge = statedAge ?? hits.find((hit) => hit.cue.label === 'age')?.age;
  const roleCue = hits.find((hit) => hit.cue.label === 'adult_role');
  const adultRole = (ownAge === undefined || ownAge >= 18) && (speaksAsAdult(words, ownAge, evidence['minor']) || roleCue !== undefined);
  if (adultRole && minor) {
    minor = false;
    delete evidence['minor'];
    delete sources['minor'];
  }
  if (adultRole && roleCue) evidence['adult_role'] = roleCue.excerpt;

  // Cue lexicons: explicit risk, stated ages, school years, in the message's languages.
  for (const hit of hits) {
    if (hit.cue.label === 'crisis' && !crisis) {
      crisis = true;
      evidence['crisis'] = hit.excerpt;
      sources['crisis'] = 'lexicon';
    }
    if (hit.cue.label === 'age' && hit.age !== undefined && statedAge === undefined) {
      statedAge = hit.age;
      if (hit.age < 18 && !minor) {
        minor = true;
        evidence['minor'] = hit.excerpt;
        sources['minor'] = 'lexicon';
      }
    }
    if (hit.cue.label === 'minor' && !minor && !adultRole) {
      minor = true;
      evidence['minor'] = hit.excerpt;
      sources['minor'] = 'lexicon';
    }
  }

  let scores: Record<string, number> | undefined;
  let modelWarning = false;
  if (model && scored) {
    scores = {};
    for (const label of model.header.labels) {
      const name = label.name;
      if (name.startsWith('lang:')) continue;
      const part = PART_LABELS.includes(name);
      const p = (part ? scored.riskiest[name] : scored.whole[name]) ?? 0;
      scores[name] = Math.round(p * 1000) / 1000;
      let floor = lang === 'en' ? (ENGLISH_MODEL_FLOOR[name] ?? ENGLISH_MODEL_FLOOR['social'] ?? 1) : 0;
      const conceptBacked = lang === 'en' && name === 'crisis' && p >= ENGLISH_SUPPORTED_CRISIS_FLOOR && p < floor && riskConceptWithoutFrame(folded);
      if (conceptBacked) floor = ENGLISH_SUPPORTED_CRISIS_FLOOR;
      const read = label.threshold < 1 && p >= Math.max(label.threshold, floor);
      const note = `model ${pct(p)}${part ? ` on "${(scored.part[name] ?? '').slice(0, 60)}"` : ''}${conceptBacked ? ', with a concept of risk' : ''}`;
      const mark = (already: boolean) => {
        sources[name] = already ? 'both' : 'model';
        if (!already) evidence[name] = note;
      };
      if (name === 'crisis') {
        if (read) {
          mark(crisis);
          crisis = true;
        } else if (label.threshold < 1 && p >= label.threshold * MODEL_WARNING_FRACTION && lang !== 'en') {
          modelWarning = true;
          evidence['warning_sign'] = `${note}: a warning sign`;
        }
      } else if (name === 'minor') {
        // School talk about someone else ("meri choti behen ko physics padhaya"), with no age or school year of the writer's own: the model alone needs more.
        const othersSchool = read && p < OTHERS_SCHOOL_MODEL_FLOOR && !hits.some((hit) => hit.cue.label === 'minor' || (hit.cue.label === 'age' && (hit.age ?? 99) < 18)) && notOwnFrameIn(compiled, folded, langSet);
        if (read && !adultRole && !othersSchool) {
          mark(minor);
          minor = true;
        }
      } else if (read && (BIDS as readonly string[]).includes(name)) {
        mark(bids.has(name as Bid));
        bids.add(name as Bid);
      } else if (read && (SIGNALS as readonly string[]).includes(name)) {
        mark(signals.has(name as Signal));
        signals.add(name as Signal);
      }
    }
  }
  // The rules that read labels together apply to the model's additions as to the lexicon's
  // ("sorry. so now will you say it?" is the ask, not an apology, whoever read the apology).
  const found = new Map<AppraisalLabel, string>();
  for (const label of [...bids, ...signals]) found.set(label, evidence[label] ?? '');
  if (crisis) found.set('crisis', evidence['crisis'] ?? '');
  refineLabels(found, words);
  for (const label of Object.keys(sources)) if (!found.has(label as AppraisalLabel) && label !== 'minor' && label !== 'crisis') delete sources[label];
  // The stated age is this reading's own (the English lexicon's, less one that is not the writer's, or a cue's).
  const { statedAge: _lexicalAge, ...lexicalSafety } = lexical.safety;
  return {
    ...lexical,
    bids: BIDS.filter((bid) => found.has(bid)),
    signals: SIGNALS.filter((signal) => found.has(signal)),
    safety: {
      ...lexicalSafety,
      crisis,
      minor,
      // Only as one of two signs within a day: after a crisis, "my brother came to stay" scores lukewarm too.
      riskSign: lexical.safety.riskSign || modelWarning,
      modelRiskSign: modelWarning && !lexical.safety.riskSign,
      // Remembered for the conversation only from strong words: an adult age, a role cue, "my son", "I teach" (not "my class").
      ...(adultRole && ((ownAge !== undefined && ownAge >= 18) || roleCue !== undefined || STRONG_ADULT_ROLE.test(words)) ? { adultRole } : {}),
      ...(statedAge !== undefined ? { statedAge } : {}),
    },
    romantic: lexical.romantic || found.has('romantic_advance') || found.has('sexual_advance'),
    evidence: Object.fromEntries(Object.entries(evidence).map(([label, excerpt]) => [label, excerpt.slice(0, 80)])),
    sources,
    ...(scores ? { scores } : {}),
    ...(lang ? { lang } : {}),
  };
}

/** Read a message in its conversation: the message alone, then what the history adds. */
export function read(text: string, context: ReadContext): Reading {
  return contextualize(readMessage(text, context.model), context.state, context.now);
}
