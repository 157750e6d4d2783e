// One table for every figure: the extension's number, its baseline from the same run, the ratio,
// the budget. A figure whose surface is not built yet is a row saying so, not a crash.

/**
 * A figure's row. `value` and `baseline.value` are summaries from stats.summarize (or null);
 * `ratio` is { label, value } where value is a number (a ratio or a percentage, per label).
 */
export function row({ id, figure, unit, value = null, baseline = null, ratio = null, budget = null, ok = null, notes = [], raw = undefined }) {
  return { id, figure, unit, value, baseline, ratio, budget, ok, notes, raw };
}

export function notBuilt(id, figure, budget, why = 'not built yet') {
  return row({ id, figure, budget, notes: [`n/a (${why})`] });
}

export function failed(id, figure, budget, error) {
  const msg = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return row({ id, figure, budget, notes: [`harness error: ${msg.slice(0, 200)}`], raw: { error: String(error?.stack ?? error) } });
}

function num(x, unit) {
  if (!Number.isFinite(x)) return '?';
  const abs = Math.abs(x);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  return `${x.toFixed(digits)}${unit ? ` ${unit}` : ''}`;
}

/** "12.3 ms (10.1–15.0, n=7)": median, then p10–p90 when there are 5 runs or more, else min–max. */
export function formatSummary(s, unit) {
  if (!s) return '—';
  if (s.n === 1) return num(s.median, unit);
  const [lo, hi] = s.n >= 5 ? [s.p10, s.p90] : [s.min, s.max];
  return `${num(s.median, unit)} (${num(lo)}–${num(hi)}, n=${s.n})`;
}

function cells(r) {
  const value = r.value ? formatSummary(r.value, r.unit) : r.notes[0]?.startsWith('n/a') || r.notes[0]?.startsWith('harness') ? r.notes[0] : '—';
  const base = r.baseline ? `${r.baseline.label}: ${formatSummary(r.baseline.value, r.baseline.unit ?? r.unit)}` : '—';
  const ratio = r.ratio && Number.isFinite(r.ratio.value) ? r.ratio.label.replace('{}', num(r.ratio.value)) : '—';
  const verdict = r.ok === true ? 'within' : r.ok === false ? 'MISSES' : '';
  return [r.figure, value, base, ratio, r.budget ?? '—', verdict];
}

const HEAD = ['figure', 'Relais (median (p10–p90 or min–max, n))', 'baseline, same run', 'ratio / added', 'budget', ''];

/** Plain-text table for the terminal. */
export function printTable(rows) {
  const lines = [HEAD, ...rows.map(cells)];
  const widths = HEAD.map((_, i) => Math.min(70, Math.max(...lines.map((l) => String(l[i]).length))));
  const fmt = (l) => l.map((c, i) => String(c).padEnd(widths[i])).join(' │ ').trimEnd();
  const out = [fmt(lines[0]), widths.map((w) => '─'.repeat(w)).join('─┼─'), ...lines.slice(1).map(fmt)];
  for (const r of rows) for (const n of r.notes.filter((n, i) => i > 0 || !n.startsWith('n/a'))) out.push(`  · ${r.id}: ${n}`);
  return out.join('\n');
}

/** The same table in Markdown, for the README's Performance section. */
export function markdownTable(rows) {
  const esc = (s) => String(s).replace(/\|/g, '\\|');
  return [`| ${HEAD.map(esc).join(' | ')} |`, `|${HEAD.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${cells(r).map(esc).join(' | ')} |`)].join('\n');
}
