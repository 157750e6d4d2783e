// Median and spread of repeated measurements. The bench reports spread because these machines are
// shared: one number alone would hide how much the neighbours moved it.

/** Linear-interpolated quantile of sorted numbers (q in 0..1). */
function quantile(sorted, q) {
  if (!sorted.length) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/** { n, median, min, max, p10, p90 } of finite samples; null when there are none. */
export function summarize(samples) {
  const s = samples.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  return { n: s.length, median: quantile(s, 0.5), min: s[0], max: s[s.length - 1], p10: quantile(s, 0.1), p90: quantile(s, 0.9) };
}

/** Times an async function `runs` times after `warmup` untimed runs; milliseconds. */
export async function timeRuns(fn, { runs, warmup = 1 }) {
  for (let i = 0; i < warmup; i++) await fn(-1 - i);
  const out = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn(i);
    out.push(performance.now() - t);
  }
  return out;
}
