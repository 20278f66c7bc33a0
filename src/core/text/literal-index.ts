import { requiredLiterals } from './required-literals.ts';

/**
 * Which of many patterns could match a text, found in one pass: each
 * pattern's required literals (required-literals.ts) go into one trie, the
 * text is walked once, and a pattern none of whose literals occurs is skipped.
 * On the corpus about 2 in 100 pattern runs remain; a lexicon's hundreds of
 * patterns each scanning a long message was the largest part of reading it.
 */

interface TrieNode {
  readonly next: Map<number, TrieNode>;
  /** Patterns one of whose literals ends here. */
  readonly ends: number[];
}

const trieNode = (): TrieNode => ({ next: new Map(), ends: [] });

export class LiteralIndex {
  private readonly root = trieNode();
  private readonly alwaysRun: number[] = [];
  /** seen[i] === stamp: pattern i may match the text of the latest scan. */
  private readonly seen: Uint32Array;
  private stamp = 0;
  private readonly depth: number;

  constructor(patterns: readonly RegExp[]) {
    this.seen = new Uint32Array(patterns.length);
    let depth = 0;
    patterns.forEach((pattern, index) => {
      const literals = requiredLiterals(pattern);
      if (literals === undefined) {
        this.alwaysRun.push(index);
        return;
      }
      for (const literal of literals) {
        let node = this.root;
        for (let i = 0; i < literal.length; i += 1) {
          const code = literal.charCodeAt(i);
          let child = node.next.get(code);
          if (!child) node.next.set(code, (child = trieNode()));
          node = child;
        }
        node.ends.push(index);
        depth = Math.max(depth, literal.length);
      }
    });
    this.depth = depth;
  }

  /**
   * Scan `text` and return a test of whether pattern `index` (its position in
   * the constructor's list) could match it. The test answers for this text
   * until the next scan.
   */
  scan(text: string): (index: number) => boolean {
    this.stamp = this.stamp === 0xffffffff ? 1 : this.stamp + 1;
    if (this.stamp === 1) this.seen.fill(0);
    const { seen, stamp, root, depth } = this;
    for (const index of this.alwaysRun) seen[index] = stamp;
    for (let start = 0; start < text.length; start += 1) {
      let node: TrieNode | undefined = root;
      for (let at = start; at < text.length && at - start < depth; at += 1) {
        node = node.next.get(text.charCodeAt(at));
        if (node === undefined) break;
        for (let k = 0; k < node.ends.length; k += 1) seen[node.ends[k] as number] = stamp;
      }
    }
    return (index) => seen[index] === stamp;
  }
}
