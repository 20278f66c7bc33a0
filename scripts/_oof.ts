import { messageItems, outOfFold, SETTINGS } from '../src/node/reader-training.ts';
import { loadSplit } from '../src/node/corpus.ts';
const args = JSON.parse(process.argv[2] ?? '{}');
Object.assign(SETTINGS as object, args);
const writers = messageItems(new Set(loadSplit().sealedMessageWriters));
const label = process.argv[3] ?? 'crisis';
const oof = outOfFold(writers, [label], 5);
const byLang = new Map<string, { p: number; y: boolean }[]>();
for (const [it, sc] of oof) { if (it.unknown.has(label)) continue; const k = it.writer.startsWith('legacy') ? 'legacy' : it.lang; (byLang.get(k) ?? byLang.set(k, []).get(k)!).push({ p: sc[label]!, y: it.labels.has(label) }); (byLang.get('ALL') ?? byLang.set('ALL', []).get('ALL')!).push({ p: sc[label]!, y: it.labels.has(label) }); }
for (const [k, pairs] of byLang) {
  pairs.sort((a, b) => b.p - a.p); const pos = pairs.filter(x => x.y).length; if (!pos) continue;
  let tp = 0, fp = 0; let at80 = '', at90 = '';
  for (const x of pairs) { if (x.y) tp++; else fp++; if (!at80 && tp / pos >= 0.8) at80 = `${(tp / (tp + fp)).toFixed(2)}@${x.p.toFixed(2)}`; if (!at90 && tp / pos >= 0.9) at90 = `${(tp / (tp + fp)).toFixed(2)}@${x.p.toFixed(2)}`; }
  let t5tp = 0, t5fp = 0; for (const x of pairs) if (x.p >= 0.5) { if (x.y) t5tp++; else t5fp++; }
  console.log(k.padEnd(8), 'n', String(pairs.length).padStart(5), 'pos', String(pos).padStart(4), 'P@R.8', at80, 'P@R.9', at90, ' @0.5 P', (t5tp / (t5tp + t5fp)).toFixed(2), 'R', (t5tp / pos).toFixed(2));
}
