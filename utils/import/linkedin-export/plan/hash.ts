/**
 * A fast, stable, non-cryptographic hash of some strings (two cyrb53 runs, ~106 bits): the
 * de-duplication key of imported rows. Stable across runs and machines, so the same row of two
 * archives gets the same key; wide enough that 10^6 rows never collide in practice.
 */
export function stableHash(parts: readonly string[]): string {
  const text = parts.join('\u0000');
  return cyrb53(text, 0).toString(36) + cyrb53(text, 0x9e3779b9).toString(36);
}

// cyrb53 (bryc, public domain): 53-bit output from two 32-bit lanes.
function cyrb53(str: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
