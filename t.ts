import { appraise } from './src/core/appraise/appraise.ts';
const msgs = process.argv.slice(2);
for (const m of msgs) { const a = appraise(m); console.log(JSON.stringify(m), '=>', [...a.bids, ...a.signals, a.safety.minor?'minor':'', a.safety.crisis?'crisis':''].filter(Boolean).join(','), JSON.stringify(a.evidence)); }
