/**
 * Cutting a reply that is still being written into sentences to speak, so
 * her voice starts with the first sentence while the rest streams in.
 */

/** Words whose final dot does not end a sentence (English; other languages rarely abbreviate mid-reply). */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'vs', 'etc', 'e.g', 'i.e', 'prof', 'sr', 'jr', 'no', 'approx']);

/**
 * A sentence ends at . ! ? … (and their CJK forms) followed by a space, a line
 * break or the end of the text, with closing quotes or brackets kept; a line
 * break alone ends one too. CJK full stops need no space after them.
 */
const BOUNDARY = /([.!?…]+["'”’)\]]*)(?=\s)|([。！？]+["'”’」』)\]]*)|\n+/g;

/** What a reply's text looks like spoken: markup, emoji and stage directions' asterisks dropped. */
export function speakable(text: string): string {
  return text
    .replace(/https?:\/\/\S+/g, '')
    .replace(/[*_#`~>|]+/g, '')
    .replace(/\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\uFE0F|\u200D\p{Extended_Pictographic})*/gu, '')
    .replace(/\s+/g, ' ')
    .replace(/ ([.,!?…])/g, '$1')
    .trim();
}

const hasWords = (text: string): boolean => /[\p{L}\p{N}]/u.test(text);

function endsWithAbbreviation(text: string): boolean {
  const word = /(\S+)\.$/.exec(text.trimEnd())?.[1]?.toLowerCase() ?? '';
  // A single letter ("J. R.") or a known abbreviation: the sentence goes on.
  return ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word);
}

/**
 * The sentences of `text` from offset `from` that are complete, and the offset
 * where the rest begins. With `final`, the rest is complete too (the reply is
 * done). Sentences with nothing to say (only markup) are left out.
 */
export function takeSentences(text: string, from: number, final: boolean): { sentences: string[]; next: number } {
  const sentences: string[] = [];
  let start = from;
  BOUNDARY.lastIndex = from;
  for (let match = BOUNDARY.exec(text); match; match = BOUNDARY.exec(text)) {
    const end = match.index + match[0].length;
    const candidate = text.slice(start, end);
    if (match[1] && endsWithAbbreviation(candidate)) continue;
    const spoken = speakable(candidate);
    if (hasWords(spoken)) sentences.push(spoken);
    start = end;
  }
  if (final) {
    const spoken = speakable(text.slice(start));
    if (hasWords(spoken)) sentences.push(spoken);
    start = text.length;
  }
  return { sentences, next: start };
}
