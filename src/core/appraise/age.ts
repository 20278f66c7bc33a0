/**
 * The user's own stated age, read from the word form of a message.
 *
 * Only first-person statements count ("im 15", "i just turned 16", "15 years
 * old here"); durations and distances ("im 15 minutes away") and other
 * people's ages ("my son is 15") do not.
 */

const UNITS =
  '(?:minutes?|min|mins|hours?|hrs?|hr|days?|weeks?|wks?|months?|years? (?:in|into|of|since|ago|at|with|now)|miles?|mi|km|kms|kilometers?|blocks|feet|ft|foot|inches?|in|percent|kg|kgs|lbs?|pounds|dollars|bucks|euros?|seconds?|secs?|times|steps|pages|cm|meters?|m|am|pm|oclock|people|floors|episodes|games|points|stone|of|out|questions|shots|beers|drinks|kids|cats|dogs|more|left|x|th|st|nd|rd)';

const FIRST_PERSON_AGE = new RegExp(
  [
    `(?<!\\b(?:son|daughter|kid|he|she|they|brother|sister|niece|nephew|cousin|child|baby|boy|girl|dog|cat|who|it|friend|mom|dad|think|thinks|thought|guess|guessed|assume|assumed|assumes|pretend|pretended|pretending|when|if|as if|like) )\\b(?:im|i am|ich bin|je suis|i am having|im having|i turned|i just turned|just turned|i will be|ill be|i turn|turning|im turning|i am turning|i m|age is|my age is|aged|age) (?:only |just |like |almost |nearly |about |barely |finally )?(\\d{1,2})\\b(?! ${UNITS}\\b)(?! (?:to|or|and) \\d)(?! ?(?:\\.|,)?\\d)`,
    `^ (\\d{1,2}) (?:years old|yrs old|yo|y o|m|f|male|female|here)\\b`,
    `\\b(?:i am having|im having|i have|i got|tengo) (\\d{1,2}) (?:years|anos|year)\\b(?! (?:of|in|at|experience|with|since|ago|working|now)\\b)`,
    `\\b(?:im|i am) (?:a |an )?(\\d{1,2}) (?:year old|years old|yr old|yo|y o)\\b`,
    `\\b(?:im|i am) (?:a )?(?:student|girl|boy|kid|teen|teenager) of (\\d{1,2})(?: years?)?\\b`,
    `\\b(?:im|i am)(?: [a-z]+){0,2} and (\\d{1,2})\\b(?! ${UNITS}\\b)`,
  ].join('|'),
  'g',
);

const GRADE = /(?<!\b(?:was|were|when i was) )\b(?:im|i am|im in|i am in|(?<!\b(?:is|s|are|was|were|back|since|from|and|in|hes|shes|theyre|hes now|shes now) )in|currently in|starting|going into|finishing|just started)(?: the)? (\d{1,2})(?:th|st|nd|rd) grade\b|\b(\d{1,2})(?:th|st|nd|rd) grade (?:is|sucks|has|homework|math|science|english|history|teacher|class|classes|year|finals|exams?)\b|\b(?:im|i am|im in|i am in|going into|starting|just started|finishing|currently in) (?:year|yr) (\d{1,2})\b(?! (?:of|at) (?:uni|university|college)\b)/;

/** Grade or school year to a typical age: grade 9 is 14 to 15. */
function ageFromGrade(grade: number): number | undefined {
  if (grade < 1 || grade > 13) return undefined;
  return grade + 5;
}

/** "I'll be 18 in a few months": a future birthday within the year, so one year younger now. */
const FUTURE_AGE = /\b(?:ill|i will|im gonna|im going to|i turn|im turning|turning) (?:be |turn )?(\d{1,2}) (?:in (?:a |like |about |just |only )*(?:few|couple|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|some) (?:of )?(?:months|weeks|days)|in (?:a |like |about |just )*(?:month|week|day)|next (?:month|week|spring|summer|fall|autumn|winter|year)|this (?:year|summer|spring|fall|autumn|winter|month)|soon|in (?:january|february|march|april|may|june|july|august|september|october|november|december))\b|\b(?:until|till|til|when) i (?:turn|am) (\d{1,2})\b/;

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface AgeReading {
  /** The age the user stated, if any. */
  readonly age?: number;
  /** Where in the word form the age was stated. */
  readonly ageSpan?: Span;
  /** Evidence of being under 18 from a school grade or year, if any. */
  readonly gradeAge?: number;
  readonly gradeSpan?: Span;
}

export function readAge(words: string): AgeReading {
  let age: number | undefined;
  let ageSpan: Span | undefined;
  const future = FUTURE_AGE.exec(words);
  const futureAge = future ? Number(future[1] ?? future[2]) - 1 : NaN;
  if (future && Number.isInteger(futureAge) && futureAge >= 5 && futureAge <= 99) {
    age = futureAge;
    ageSpan = { start: future.index, end: future.index + future[0].length };
  }
  FIRST_PERSON_AGE.lastIndex = 0;
  for (let match = age === undefined ? FIRST_PERSON_AGE.exec(words) : null; match !== null; match = FIRST_PERSON_AGE.exec(words)) {
    const value = Number(match.slice(1).find((group) => group !== undefined));
    if (Number.isInteger(value) && value >= 5 && value <= 99) {
      age = value;
      ageSpan = { start: match.index, end: match.index + match[0].length };
      break;
    }
  }
  const grade = GRADE.exec(words);
  const gradeValue = grade ? Number(grade[1] ?? grade[2] ?? grade[3]) : NaN;
  const gradeAge = Number.isNaN(gradeValue) ? undefined : ageFromGrade(gradeValue);
  return {
    ...(age !== undefined && ageSpan ? { age, ageSpan } : {}),
    ...(gradeAge !== undefined && grade ? { gradeAge, gradeSpan: { start: grade.index, end: grade.index + grade[0].length } } : {}),
  };
}
