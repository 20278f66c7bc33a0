/**
 * A token estimate close to what the small BPE models of web-llm produce for
 * English chat (Llama 3, Qwen 2.5): common words are one token, long words one
 * per five letters, each digit group of three one, punctuation and each
 * non-ASCII character one. Linear in the text. It is an estimate: the engine
 * reports the real count of each request in its usage.
 */
export function estimateTokens(text: string): number {
  let tokens = 0;
  let letters = 0;
  let digits = 0;
  const flushLetters = () => {
    if (letters > 0) tokens += letters <= 6 ? 1 : Math.ceil(letters / 5);
    letters = 0;
  };
  const flushDigits = () => {
    if (digits > 0) tokens += Math.ceil(digits / 3);
    digits = 0;
  };
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const isLetter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    const isDigit = code >= 48 && code <= 57;
    if (isLetter) {
      flushDigits();
      letters += 1;
      continue;
    }
    flushLetters();
    if (isDigit) {
      digits += 1;
      continue;
    }
    flushDigits();
    if (code === 32 || code === 10 || code === 9 || code === 13) continue; // whitespace joins the next token
    if (code === 39) continue; // apostrophe joins the contraction
    if (code >= 0xd800 && code <= 0xdbff) i += 1; // one astral character, not two
    tokens += 1;
  }
  flushLetters();
  flushDigits();
  return tokens;
}

/** Chat-template overhead per message (role header and end-of-turn markers). */
export const MESSAGE_OVERHEAD_TOKENS = 4;

export interface ChatMessage {
  readonly role: 'system' | 'user' | 'assistant';
  readonly content: string;
}

export function messagesTokens(messages: readonly ChatMessage[]): number {
  return messages.reduce((sum, message) => sum + estimateTokens(message.content) + MESSAGE_OVERHEAD_TOKENS, 0);
}

/**
 * How many tokens the engine must newly read for `request`, given the
 * previous request and the reply it produced. web-llm reuses its KV cache only
 * when the new messages extend the previous conversation exactly; otherwise it
 * reads the whole prompt again.
 */
export function prefillTokens(
  previous: { readonly request: readonly ChatMessage[]; readonly reply: string } | undefined,
  request: readonly ChatMessage[],
): number {
  if (previous === undefined) return messagesTokens(request);
  const cached: ChatMessage[] = [...previous.request, { role: 'assistant', content: previous.reply }];
  if (request.length <= cached.length) return messagesTokens(request);
  for (let i = 0; i < cached.length; i += 1) {
    const a = cached[i];
    const b = request[i];
    if (!a || !b || a.role !== b.role || a.content !== b.content) return messagesTokens(request);
  }
  return messagesTokens(request.slice(cached.length));
}

/** Cut `text` to about `maxTokens`, at a word boundary, marking the cut. */
export function clipToTokens(text: string, maxTokens: number): string {
  if (estimateTokens(text) <= maxTokens) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (estimateTokens(text.slice(0, mid)) <= maxTokens - 1) low = mid;
    else high = mid - 1;
  }
  const cut = text.slice(0, low);
  const space = cut.lastIndexOf(' ');
  return `${(space > low * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
