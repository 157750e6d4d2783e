// A Chrome trace of one page, and the share of its main thread spent in the extension's own code.
// Attribution by the script URL on V8's events is far steadier than the difference of two noisy
// totals from separate runs, so the bench reports both.

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8', 'v8.execute'];

export async function startTrace(cdp) {
  const events = [];
  const onData = (e) => events.push(...e.value);
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES } });
  return async function stop() {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
    return events;
  };
}

const urlOf = (e) => String(e.args?.data?.url ?? e.args?.beginData?.url ?? '');
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'v8.compile', 'v8.compileModule', 'FunctionCall', 'v8.callFunction', 'v8.run']);

/**
 * From one page's trace: the main-thread time of the renderer that parsed `pageUrl`, and the part
 * of it spent in scripts whose URL starts with `scriptPrefix` (outermost events only, so nested
 * calls are not counted twice). Milliseconds.
 */
export function attribute(events, { pageUrl, scriptPrefix }) {
  const parse = events.find((e) => e.name === 'ParseHTML' && urlOf(e).startsWith(pageUrl));
  if (!parse) return null;
  const onMain = (e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && typeof e.dur === 'number';
  const main = events.filter(onMain);
  const tasks = main.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  const mainThreadMs = sumOutermost(tasks) / 1000;

  const own = main.filter((e) => SCRIPT_EVENTS.has(e.name) && urlOf(e).startsWith(scriptPrefix)).sort((a, b) => a.ts - b.ts);
  const outermost = [];
  let end = -Infinity;
  for (const e of own) {
    if (e.ts < end) continue;
    outermost.push(e);
    end = e.ts + e.dur;
  }
  const byFunction = new Map();
  for (const e of outermost) {
    const key = e.name === 'FunctionCall' ? `${e.args.data.functionName || '(anonymous)'}@${e.args.data.lineNumber}:${e.args.data.columnNumber}` : e.name;
    const cur = byFunction.get(key) ?? { calls: 0, ms: 0, maxMs: 0 };
    cur.calls++;
    cur.ms += e.dur / 1000;
    cur.maxMs = Math.max(cur.maxMs, e.dur / 1000);
    byFunction.set(key, cur);
  }
  return {
    mainThreadMs,
    extensionMs: outermost.reduce((s, e) => s + e.dur, 0) / 1000,
    longestMs: outermost.reduce((m, e) => Math.max(m, e.dur), 0) / 1000,
    calls: outermost.length,
    top: [...byFunction].sort((a, b) => b[1].ms - a[1].ms).slice(0, 6).map(([fn, v]) => ({ fn, ...v })),
  };
}

function sumOutermost(list) {
  const sorted = [...list].sort((a, b) => a.ts - b.ts);
  let total = 0;
  let end = -Infinity;
  for (const e of sorted) {
    if (e.ts < end) continue;
    total += e.dur;
    end = e.ts + e.dur;
  }
  return total;
}
