// "Marc Lefort, Ana Kovač and 3 other mutual connections" on a profile's top card. The 2025–26
// card links to them twice: first a row of their photos with no text, then the sentence. The
// count and the names are read from the sentence, whichever link comes first.
import { SELECTORS } from './selectors';
import { allOfIn } from './deepQuery';
import { normSpace, visibleText } from './text';
import { splitNames } from './people';

const OTHERS = /(\d[\d,.\s\u00a0\u202f]*)\s+(?:other|others|autres?)\b/i;
const TOTAL = /(\d[\d,.\s\u00a0\u202f]*)\s+(?:mutual connections?|relations? en commun)/i;
const MUTUAL = /mutual connections?|relations? en commun/i;
/** Where the names end in the sentence: before "and 3 others", "are mutual…", "sont des relations…". */
const NAMES_END = /\s*(?:,?\s*(?:and|et)\s+\d[\d,.\s]*\s+(?:other|others|autres?)\b|\s+(?:is|are)\s+(?:a\s+)?mutual\b|\s+(?:est|sont)\s+(?:une|des)\s+relations?\b).*$/i;

function number(s: string): number {
  return Number(s.replace(/\D/g, ''));
}

/** The link whose words say how many mutual connections there are (not the row of photos). */
function sentenceLink(links: Element[]): { link: Element; text: string } | null {
  let fallback: { link: Element; text: string } | null = null;
  for (const link of links) {
    const text = visibleText(link, 500);
    if (!text) continue;
    if (MUTUAL.test(text) || OTHERS.test(text)) return { link, text };
    fallback ??= { link, text };
  }
  return fallback;
}

function namesOf(link: Element, text: string): string[] {
  const names: string[] = [];
  for (const s of Array.from(link.querySelectorAll('strong'))) {
    if (s.closest('.visually-hidden, .a11y-text')) continue;
    const n = normSpace(s.textContent);
    if (n && !names.includes(n)) names.push(n);
  }
  if (names.length) return names;
  // The 2025–26 sentence has no <strong>: the names are the words before "and 3 others".
  const head = text.replace(NAMES_END, '');
  return head !== text ? splitNames(head).filter((n) => !/\d/.test(n)) : [];
}

export function readMutual(card: Element): { count?: number; names: string[] } {
  const found = sentenceLink(allOfIn([card], SELECTORS.mutualLink));
  if (!found) return { names: [] };
  const { link, text } = found;
  const names = namesOf(link, text);
  const others = OTHERS.exec(text);
  const total = TOTAL.exec(text);
  let count: number | undefined;
  if (others) count = names.length + number(others[1]);
  else if (total) count = number(total[1]);
  else if (names.length && MUTUAL.test(text)) count = names.length;
  return { count, names };
}
