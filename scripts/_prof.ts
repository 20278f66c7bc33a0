import { messageWriters } from '../src/node/corpus.ts';
import { appraise } from '../src/core/appraise/appraise.ts';
import { compileLexicons, matchCues } from '../src/core/read/lexicon/cue.ts';
import { LEXICONS } from '../src/core/read/lexicon/index.ts';
import { shippedReaders } from '../src/node/reader-files.ts';
import { scoreMessage } from '../src/core/read/model/model.ts';
import { featuresOf } from '../src/core/read/model/features.ts';
const texts = messageWriters().flatMap(w => w.items.map(m => m.text));
const lex = compileLexicons(LEXICONS);
const m = shippedReaders().message!;
const pct = (a: number[], p: number) => a.sort((x, y) => x - y)[Math.floor((a.length - 1) * p)]!.toFixed(3);
for (const [name, fn] of [['appraise', (t: string) => appraise(t)], ['cues', (t: string) => matchCues(lex, t)], ['model', (t: string) => scoreMessage(m, t, ['crisis', 'minor'])], ['features', (t: string) => featuresOf(t, 18)]] as const) {
  for (const t of texts.slice(0, 300)) fn(t);
  const ms: number[] = [];
  for (const t of texts) { const s = performance.now(); fn(t); ms.push(performance.now() - s); }
  console.log(name, 'p50', pct(ms, 0.5), 'p99', pct(ms, 0.99));
}
console.log('chars p50/p99', pct(texts.map(t => t.length), 0.5), pct(texts.map(t => t.length), 0.99));
{
  const byLang = new Map<string, number[]>();
  for (const w of messageWriters()) for (const it of w.items) { const s = performance.now(); appraise(it.text); const d = performance.now() - s; (byLang.get(it.lang) ?? byLang.set(it.lang, []).get(it.lang)!).push(d); }
  for (const [l, a] of byLang) console.log('appraise', l, pct(a, 0.5), pct(a, 0.99));
  const byLang2 = new Map<string, number[]>();
  for (const w of messageWriters()) for (const it of w.items) { const s = performance.now(); matchCues(lex, it.text); const d = performance.now() - s; (byLang2.get(it.lang) ?? byLang2.set(it.lang, []).get(it.lang)!).push(d); }
  for (const [l, a] of byLang2) console.log('cues', l, pct(a, 0.5), pct(a, 0.99));
}
