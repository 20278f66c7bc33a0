import { foldForMatching, wordsOf } from '../normalize.ts';

/**
 * Concepts shared by every language: "pills" whether a message says pills,
 * Tabletten, pastillas, 药 or गोलियां. Each concept seen in a sentence is one
 * more hashed feature, beside the n-grams, so what the model learns about a
 * concept from one language's writers carries to the languages with few.
 * The words are data (src/core/read/model/concepts/*.ts), written per
 * language by lexicographers who never saw the corpus; the model learns how
 * much each concept, and each pair of concepts in one sentence, weighs.
 */

/** Concepts of a user's message. */
export const MESSAGE_CONCEPTS = [
  // Risk to the writer's own life.
  'die_wish', 'kill_self', 'end_it', 'not_exist', 'burden', 'hopeless', 'empty_numb', 'calm_decided',
  'pills', 'swallow_take', 'hang', 'jump_height', 'rail_road', 'blade_cut', 'self_harm', 'blood_wound',
  'gas_car_exhaust', 'drown', 'gun', 'poison', 'method_research', 'soon_time', 'goodbye_final',
  'thanks_everything', 'give_away', 'affairs_in_order', 'note_letter', 'dont_tell_help', 'already_done',
  // A threat to the writer from someone else.
  'kill_threat', 'strangle_choke', 'beaten', 'stalker_outside', 'weapon_other', 'partner_ex', 'fear_hiding',
  // Contexts that make alarming words harmless.
  'fiction', 'game', 'media', 'news_history', 'joke_laugh', 'figurative_intensity', 'other_person',
  'past_recovered', 'help_care', 'grief_loss', 'tired_work', 'moving_trip', 'medical_routine',
  // Being under 18 now, and its adult look-alikes.
  'school_year', 'school_life', 'school_exam', 'parent_rules', 'too_young', 'teen_self', 'birthday_turning',
  'university', 'adult_life', 'own_children_pupils', 'past_school', 'driving_licence',
  // Grammar that changes what the rest means.
  'first_person_now', 'negation',
] as const;

/** Concepts of the character's reply, for the guard: what the reply gives, and what a good one does. */
export const REPLY_CONCEPTS = [
  'i_love_you', 'forever_promise', 'only_you', 'relationship_label', 'endearment', 'kiss_touch', 'sexual',
  'special_best', 'rescue_savior', 'possessive_jealous', 'guilt_hurt', 'human_claim', 'obey_comply', 'system_settings',
  'ai_disclosure', 'crisis_resources', 'care_safety', 'refuse_boundary', 'not_yet_slow', 'age_minor_ref', 'friendship',
  'dismiss_minimise', 'narrated_action', 'second_person',
] as const;

/** Every concept; both models read all of them (a reply quotes the user, a user quotes her). */
export const CONCEPTS = [...MESSAGE_CONCEPTS, ...REPLY_CONCEPTS] as const;
export type Concept = (typeof CONCEPTS)[number];

/** One language's words for the concepts: stems and short phrases, in any case and accents. */
export interface ConceptLexicon {
  readonly lang: string;
  /**
   * How forms match: at the start of a word (a stem covers its endings), or
   * anywhere (scripts without spaces, and Arabic and Korean, whose particles
   * attach to the word).
   */
  readonly match: 'word-start' | 'anywhere';
  /** Words per concept; a concept the lexicographer had no word for may be missing. */
  readonly concepts: Readonly<Partial<Record<Concept, readonly string[]>>>;
}

interface TrieNode {
  readonly next: Map<number, TrieNode>;
  /** Concept indices a form ending here stands for. */
  concepts: number[];
  /** ...and those of a short form ending here, which stands for them only as a whole word ("jk", "od", an emoji). */
  wholeWord: number[];
}

const newNode = (): TrieNode => ({ next: new Map(), concepts: [], wholeWord: [] });

function insert(root: TrieNode, form: string, concept: number, wholeWord: boolean): void {
  let node = root;
  for (let i = 0; i < form.length; i += 1) {
    const code = form.charCodeAt(i);
    let child = node.next.get(code);
    if (!child) node.next.set(code, (child = newNode()));
    node = child;
  }
  const into = wholeWord ? node.wholeWord : node.concepts;
  if (!into.includes(concept)) into.push(concept);
}

/** The matching form of a dictionary entry: folded like a message, words joined by one space. */
export const formOf = (entry: string): string => wordsOf(foldForMatching(entry)).join(' ');

/** Shorter stems start too many unrelated words: below this length a word-start form must be the whole word. */
const MIN_STEM_LENGTH = 3;

/** How a lexicon's entry matches: where it may start, and whether it must end a word (`form` is formOf(entry)). */
export function entryMatching(lexicon: ConceptLexicon, entry: string, form: string): { atWordStart: boolean; wholeWord: boolean } {
  return {
    // A space written at an edge of a form anchors it there: "انت " is "you", not the start of "انتظر".
    atWordStart: lexicon.match === 'word-start' || /^\s/u.test(entry),
    wholeWord: /\s$/u.test(entry) || (lexicon.match === 'word-start' && form.length < MIN_STEM_LENGTH),
  };
}

export class ConceptMatcher {
  readonly #atWordStart = newNode();
  readonly #anywhere = newNode();

  constructor(lexicons: readonly ConceptLexicon[]) {
    for (const lexicon of lexicons) {
      CONCEPTS.forEach((concept, index) => {
        for (const entry of lexicon.concepts[concept] ?? []) {
          const form = formOf(entry);
          if (form.length === 0) continue;
          const { atWordStart, wholeWord } = entryMatching(lexicon, entry, form);
          insert(atWordStart ? this.#atWordStart : this.#anywhere, form, index, wholeWord);
        }
      });
    }
  }

  /**
   * Indices (into CONCEPTS) of the concepts in a folded text, each once,
   * ascending. `words` is the text's words joined by single spaces.
   */
  conceptsIn(words: string): number[] {
    const found = new Set<number>();
    const walk = (root: TrieNode, start: number): void => {
      let node: TrieNode | undefined = root;
      for (let i = start; i < words.length && node; i += 1) {
        node = node.next.get(words.charCodeAt(i));
        if (!node) break;
        for (const concept of node.concepts) found.add(concept);
        if (node.wholeWord.length > 0 && (i + 1 === words.length || words.charCodeAt(i + 1) === 32)) for (const concept of node.wholeWord) found.add(concept);
      }
    };
    for (let i = 0; i < words.length; i += 1) {
      if (i === 0 || words.charCodeAt(i - 1) === 32) walk(this.#atWordStart, i);
      // Latin letters never start an "anywhere" form: skip the walk for them.
      if (words.charCodeAt(i) >= 0x0600) walk(this.#anywhere, i);
    }
    return [...found].sort((a, b) => a - b);
  }
}
