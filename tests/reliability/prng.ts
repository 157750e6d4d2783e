/**
 * A small seedable PRNG (mulberry32): every "random" document, payload and record of the
 * reliability suite comes from a seed printed with any failure, so a failure reproduces.
 */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function picker(random: () => number) {
  return <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
}

/**
 * Strings a hostile or broken page may put where a name or a message should be: markup that must
 * stay text, bidirectional overrides that disguise text, invisible characters, a lone surrogate.
 */
export const HOSTILE_STRINGS = [
  '<img src=x onerror=alert(1)>',
  '"><script>alert(document.domain)</script>',
  '<svg onload=alert(1)><b>bold</b></svg>',
  "<a href=\"javascript:alert('x')\">click</a>",
  '\u202egnp.exe\u202c Sophie',
  '\u200b\u200c\u200d\u2060\ufeff',
  'Zoë\u200bMartin\u200f',
  'مرحبا \u202bRTL\u202c עברית',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '__proto__',
  '\ud800 lone surrogate',
  '=HYPERLINK("http://evil.example")',
  '\u0000nul\u0007bell',
] as const;

/** Long text, up to `length` characters, made of a repeated unit (an emoji and accents included). */
export function hugeString(length: number, unit = 'Ça déborde 🙂 ‮ <b>x</b> '): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}
