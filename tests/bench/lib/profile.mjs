// V8's sampling profiler on one page, around some work: where the time went, by function, so a
// figure that misses its budget names the code that costs (the in-page bundles are not minified).

/** Runs `work()` under the CPU profiler of `page`; resolves to its result and the profile. */
export async function profiled(context, page, work) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  let result;
  try {
    result = await work();
  } finally {
    const { profile } = await cdp.send('Profiler.stop');
    await cdp.detach();
    result = { result, profile };
  }
  return result;
}

const SKIP = new Set(['(root)', '(program)', '(idle)']);

/**
 * Self and inclusive time per function (ms), heaviest first. Inclusive time counts a function once
 * per sample even when it recurses. `(garbage collector)` is kept: allocation is part of the cost.
 */
export function topFunctions(profile, { limit = 8 } = {}) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n) => {
    const f = n.callFrame;
    const file = (f.url || '').split('/').pop() || '';
    return `${f.functionName || '(anonymous)'}${file ? ` ${file}:${f.lineNumber + 1}` : ''}`;
  };
  const self = new Map();
  const total = new Map();
  let busy = 0;
  profile.samples.forEach((id, k) => {
    const dt = (profile.timeDeltas[k + 1] ?? profile.timeDeltas[k] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node || SKIP.has(node.callFrame.functionName)) return;
    busy += dt;
    self.set(label(node), (self.get(label(node)) ?? 0) + dt);
    const seen = new Set();
    for (let n = node; n; n = byId.get(parent.get(n.id))) {
      const l = label(n);
      if (SKIP.has(n.callFrame.functionName) || seen.has(l)) continue;
      seen.add(l);
      total.set(l, (total.get(l) ?? 0) + dt);
    }
  });
  const sort = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([fn, ms]) => ({ fn, ms: Number(ms.toFixed(1)) }));
  return { busyMs: Number(busy.toFixed(1)), self: sort(self), total: sort(total) };
}

/** "fn 12.3 ms, fn 4.5 ms" for a table note. */
export function describeTop(list, n = 5) {
  return list
    .slice(0, n)
    .map((f) => `${f.fn} ${f.ms} ms`)
    .join(', ');
}
