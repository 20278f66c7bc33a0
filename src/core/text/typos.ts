/**
 * Typo repair against a known vocabulary, in O(1) per token.
 *
 * Only two kinds of slip are repaired: one missing letter ("realy", "promse")
 * and two swapped neighbours ("becuase", "freind"). Substitutions are never
 * repaired, because they turn real words into other real words ("lying" is not
 * "dying"). Words shorter than five letters are left alone.
 */
export interface TypoRepair {
  (token: string): string;
}

const MIN_LENGTH = 5;

export function typoRepair(vocabulary: Iterable<string>): TypoRepair {
  const known = new Set<string>();
  const variants = new Map<string, string | null>();
  const add = (variant: string, word: string): void => {
    const seen = variants.get(variant);
    if (seen === undefined) variants.set(variant, word);
    else if (seen !== word) variants.set(variant, null); // ambiguous: repair nothing
  };
  for (const word of vocabulary) known.add(word);
  for (const word of known) {
    if (word.length < MIN_LENGTH) continue;
    for (let i = 0; i < word.length; i += 1) {
      add(word.slice(0, i) + word.slice(i + 1), word);
      if (i + 1 < word.length && word[i] !== word[i + 1]) {
        add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2), word);
      }
    }
  }
  return (token) => {
    if (token.length < MIN_LENGTH || known.has(token)) return token;
    const repaired = variants.get(token);
    return repaired ?? token;
  };
}
