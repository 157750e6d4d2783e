// A bitmap of the letter trigrams of a text: a cheap, never-wrong "might contain" test that lets
// the classifier skip the patterns whose literals cannot be in the message (String.includes on
// every literal costs more than the scan it would save).

const OTHER = 26;
const SIZE = 27 * 27 * 27;

function code(c: number): number {
  return c >= 97 && c <= 122 ? c - 97 : OTHER;
}

export class TrigramIndex {
  private readonly bits = new Uint32Array((SIZE >> 5) + 1);

  constructor(text: string) {
    const n = text.length;
    if (n < 3) return;
    let a = code(text.charCodeAt(0));
    let b = code(text.charCodeAt(1));
    for (let i = 2; i < n; i++) {
      const c = code(text.charCodeAt(i));
      const t = (a * 27 + b) * 27 + c;
      this.bits[t >> 5]! |= 1 << (t & 31);
      a = b;
      b = c;
    }
  }

  /** False only when `literal` certainly does not occur in the text. */
  mightContain(literal: string): boolean {
    const n = literal.length;
    if (n < 3) return true;
    let a = code(literal.charCodeAt(0));
    let b = code(literal.charCodeAt(1));
    for (let i = 2; i < n; i++) {
      const c = code(literal.charCodeAt(i));
      const t = (a * 27 + b) * 27 + c;
      if ((this.bits[t >> 5]! & (1 << (t & 31))) === 0) return false;
      a = b;
      b = c;
    }
    return true;
  }
}

/** Whether the text may satisfy a literal gate (see literalGate); true when there is no gate. */
export function gatePasses(index: TrigramIndex, gate: ReadonlyArray<ReadonlyArray<ReadonlyArray<string>>> | null): boolean {
  if (!gate) return true;
  return gate.some((branch) => branch.every((set) => set.some((lit) => index.mightContain(lit))));
}

const cache = new WeakMap<object, TrigramIndex>();

/** The trigram index of a prepared text, built once and shared by every pass over it. */
export function trigramsOf(p: { folded: string }): TrigramIndex {
  let t = cache.get(p);
  if (!t) {
    t = new TrigramIndex(p.folded);
    cache.set(p, t);
  }
  return t;
}
