// Folding for matching: one lower-case, accent-free, tag-free version of a text, with a map back
// to the original so that a cue can be shown to the user as they wrote it.
export interface FoldedText {
  original: string;
  /** Lower-case, accents removed, apostrophes/quotes/dashes folded, tags stripped, spaces collapsed. */
  folded: string;
  /** For each folded char, the offset in `original` of the char it comes from. */
  starts: Uint32Array;
  /** For each folded char, the offset in `original` just after the char it comes from. */
  ends: Uint32Array;
}

const APOSTROPHES = '\u2018\u2019\u201A\u201B\u02BC\u02B9\u00B4\u0060\u2032';
const QUOTES = '\u201C\u201D\u201E\u201F\u00AB\u00BB\u2039\u203A\u2033';
const DASHES = '\u2010\u2011\u2012\u2013\u2014\u2015\u2212';
/** Invisible characters that sites and copy-paste leave in words (soft hyphen, zero-width, BOM). */
const INVISIBLE = '\u00AD\u200B\u200C\u200D\u2060\uFEFF\u180E';
const LIGATURES: Record<string, string> = { œ: 'oe', Œ: 'oe', æ: 'ae', Æ: 'ae', ß: 'ss', ﬁ: 'fi', ﬂ: 'fl' };
const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: "'", lsquo: "'", rdquo: '"',
  ldquo: '"', laquo: '"', raquo: '"', hellip: '...', ndash: '-', mdash: '-', oelig: 'oe', shy: '',
};
/** Tags that end a line of text: they become a sentence break, so "Bonjour<br>Je cherche" stays two sentences. */
const BLOCK_TAG = /^<\/?(?:br|p|div|li|ul|ol|tr|td|h[1-6]|blockquote|section|article|header|footer|pre)\b/i;
const MAX_TAG = 400;
const MAX_ENTITY = 10;

const foldCache = new Map<number, string>();
/** The buffer holds UTF-16 code units; decoding them natively is much faster than fromCharCode. */
const UTF16 = new TextDecoder('utf-16le');

function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x85;
}

/** The folded form of one non-ASCII code point ('' to drop it, ' ' or '\n' for space). */
function foldCodePoint(cp: number, ch: string): string {
  const cached = foldCache.get(cp);
  if (cached !== undefined) return cached;
  let out: string;
  if (APOSTROPHES.includes(ch)) out = "'";
  else if (QUOTES.includes(ch)) out = '"';
  else if (DASHES.includes(ch)) out = '-';
  else if (INVISIBLE.includes(ch)) out = '';
  else if (cp === 0x2028 || cp === 0x2029 || cp === 0x85) out = '\n';
  else if (isSpaceCode(cp)) out = ' ';
  else if (cp === 0x2026) out = '...';
  else if (LIGATURES[ch]) out = LIGATURES[ch]!;
  else out = ch.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
  if (foldCache.size < 4096) foldCache.set(cp, out);
  return out;
}

function decodeEntity(body: string): string | null {
  const lower = body.toLowerCase();
  if (lower in ENTITIES) return ENTITIES[lower]!;
  const accented = /^([a-z])(?:acute|grave|circ|uml|cedil|tilde|ring)$/i.exec(body);
  if (accented) return accented[1]!.toLowerCase();
  const num = /^#(x[0-9a-f]{1,6}|[0-9]{1,7})$/i.exec(body);
  if (num) {
    const cp = num[1]![0] === 'x' || num[1]![0] === 'X' ? parseInt(num[1]!.slice(1), 16) : parseInt(num[1]!, 10);
    if (cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff)) return String.fromCodePoint(cp);
  }
  return null;
}

/** The end (exclusive) of an HTML-looking tag starting at `i`, or -1 when `<` is just a character. */
function tagEnd(text: string, i: number): number {
  const next = text.charCodeAt(i + 1);
  const isLetter = (next >= 65 && next <= 90) || (next >= 97 && next <= 122) || next > 127;
  if (!isLetter && next !== 47 /* / */ && next !== 33 /* ! */) return -1;
  const limit = Math.min(text.length, i + MAX_TAG);
  for (let j = i + 1; j < limit; j++) {
    const c = text.charCodeAt(j);
    if (c === 62 /* > */) return j + 1;
    if (c === 60 /* < */ || c === 10) return -1;
  }
  return -1;
}

/**
 * Folds `text` for matching. Linear in the length of the text; never throws. Messages may hold
 * markup (tags, entities), dropped or decoded; `markup: false` reads `<` and `&` as characters
 * (names, titles, a search typed by the user).
 * Runs of spaces become one space, or one newline when the run held a line break (sentence cues
 * need line breaks: messages often have no final full stop before the sign-off).
 */
export function foldText(input: string, { markup = true }: { markup?: boolean } = {}): FoldedText {
  const text = typeof input === 'string' ? input : '';
  const n = text.length;
  // One input code unit folds to at most 3 ("…" → "..."); entities and tags only shrink.
  const capacity = n * 3 + 4;
  const codes = new Uint16Array(capacity);
  const starts = new Uint32Array(capacity);
  const ends = new Uint32Array(capacity);
  let len = 0;
  /** 0: no pending space; 32: a space; 10: a line break (wins over spaces in the same run). */
  let pending = 0;
  let pendingAt = 0;

  const space = (newline: boolean, at: number) => {
    if (pending === 0) {
      pending = newline ? 10 : 32;
      pendingAt = at;
    } else if (newline) pending = 10;
  };
  const put = (code: number, from: number, to: number) => {
    if (pending !== 0) {
      if (len > 0) {
        codes[len] = pending;
        starts[len] = pendingAt;
        ends[len] = pendingAt + 1;
        len++;
      }
      pending = 0;
    }
    codes[len] = code;
    starts[len] = from;
    ends[len] = to;
    len++;
  };
  const putString = (str: string, from: number, to: number) => {
    for (let k = 0; k < str.length; k++) {
      const c = str.charCodeAt(k);
      if (c === 32 || c === 10) space(c === 10, from);
      else put(c, from, to);
    }
  };

  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
        if (pending === 0) {
          codes[len] = c;
          starts[len] = i;
          ends[len] = i + 1;
          len++;
        } else put(c, i, i + 1);
      } else if (c >= 65 && c <= 90) put(c + 32, i, i + 1);
      else if (c === 32 || c === 9) space(false, i);
      else if (c === 10 || c === 13 || c === 11 || c === 12) space(true, i);
      else if (c === 96 /* ` */) put(39, i, i + 1);
      else if (markup && c === 60 /* < */ && tagEnd(text, i) > 0) {
        const end = tagEnd(text, i);
        space(BLOCK_TAG.test(text.slice(i, Math.min(end, i + 16))), i);
        i = end;
        continue;
      } else if (markup && c === 38 /* & */) {
        // Look for ';' only within an entity's length: "&&&&…" must stay linear.
        const near = text.slice(i + 1, i + 1 + MAX_ENTITY).indexOf(';');
        const semi = near < 0 ? -1 : i + 1 + near;
        const decoded = semi > i + 1 && semi - i <= MAX_ENTITY ? decodeEntity(text.slice(i + 1, semi)) : null;
        if (decoded !== null) {
          for (const ch of decoded) {
            const cc = ch.charCodeAt(0);
            putString(cc < 128 ? ch.toLowerCase() : foldCodePoint(ch.codePointAt(0)!, ch), i, semi + 1);
          }
          i = semi + 1;
          continue;
        }
        put(c, i, i + 1);
      } else if (c >= 32 && c !== 127) put(c, i, i + 1);
      i++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const folded = foldCodePoint(cp, width === 1 ? text[i]! : text.slice(i, i + 2));
    if (folded.length === 1 && folded !== ' ' && folded !== '\n') put(folded.charCodeAt(0), i, i + width);
    else putString(folded, i, i + width);
    i += width;
  }
  return {
    original: text,
    // Uint16Array holds UTF-16 code units in platform order, little-endian on every supported platform.
    folded: UTF16.decode(codes.subarray(0, len)),
    starts: starts.subarray(0, len),
    ends: ends.subarray(0, len),
  };
}

/** The original text (as written) behind the folded span [start, end). */
export function originalSpan(f: FoldedText, start: number, end: number): { index: number; text: string } {
  const len = f.folded.length;
  if (len === 0 || start >= len || end <= start) return { index: 0, text: '' };
  const s = Math.max(0, start);
  const e = Math.min(len, end);
  const index = f.starts[s]!;
  return { index, text: f.original.slice(index, f.ends[e - 1]!) };
}

/** Folds a short string (a name, a cue) with the same rules, without the offset map. */
export function foldPlain(text: string): string {
  return foldText(text).folded;
}

/**
 * One line of folded text, for comparing short page text (titles, names, a search): the same
 * folding, no markup, line breaks as spaces. Bounded: page text can be enormous.
 */
export function foldLine(text: string | null | undefined, maxChars = 200_000): string {
  if (!text || typeof text !== 'string') return '';
  return foldText(text.length > maxChars ? text.slice(0, maxChars) : text, { markup: false }).folded.replace(/\n/g, ' ');
}
