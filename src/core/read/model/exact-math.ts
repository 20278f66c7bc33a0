/**
 * Logarithm and exponential from the four IEEE operations only, which every
 * engine rounds alike. `Math.exp` and `Math.log1p` are not required to be
 * correctly rounded, and Node's V8 and a browser's differ in the last bit;
 * with these, a message scores the same to the last bit everywhere.
 */

const LN2 = 0.6931471805599453;
// ln 2 split in two (fdlibm's constants), so that x - k ln 2 loses nothing for large k.
const LN2_HI = 6.93147180369123816490e-1;
const LN2_LO = 1.90821492927058770002e-10;

/** ln(1 + x) for x >= 0. */
export function log1p(x: number): number {
  if (!(x >= 0) || !Number.isFinite(x)) return Number.NaN;
  let m = 1 + x;
  let e = 0;
  while (m >= 2) {
    m /= 2;
    e += 1;
  }
  // ln(m) = 2 atanh(z), z = (m - 1) / (m + 1) <= 1/3: the series converges fast.
  const z = (m - 1) / (m + 1);
  const z2 = z * z;
  let term = z;
  let sum = 0;
  for (let k = 1; k < 60; k += 2) {
    sum += term / k;
    term *= z2;
    if (term < 1e-300) break;
  }
  return 2 * sum + e * LN2;
}

/** e^x. */
export function exp(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x > 709) return Infinity;
  if (x < -745) return 0;
  const k = Math.round(x / LN2);
  const r = x - k * LN2_HI - k * LN2_LO;
  // Taylor series of e^r for |r| <= ln2 / 2.
  let term = 1;
  let sum = 1;
  for (let n = 1; n < 30; n += 1) {
    term = (term * r) / n;
    sum += term;
  }
  let scale = 1;
  if (k > 0) for (let i = 0; i < k; i += 1) scale *= 2;
  else for (let i = 0; i < -k; i += 1) scale /= 2;
  return sum * scale;
}
