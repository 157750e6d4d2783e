// The profile top card: classic Ember (h1, pv-*, distance badge) and 2025–26 SDUI (no h1, hashed
// classes; the name is an h2 of the componentkey "…Topcard" card, then <p> lines).
import { profileRefFromUrl } from '../../model/contactId';
import { SELECTORS } from './selectors';
import { firstIn, firstOf } from './deepQuery';
import { normSpace, visibleText } from './text';
import { classifyPage } from './page';
import { hiddenInMarkup, isShown } from './shown';
import { readMutual } from './mutual';
import type { NotRecognised, ParseOptions, ProfileView } from './types';

const DEGREE = /^·?\s*(1st|2nd|3rd\+?|1er|2e|3e\+?)$/i;
/** "She/Her", "He/Him", "They/Them"; in French a single word: "Elle", "Il", "Iel". */
const PRONOUNS = /^\(?(he|she|they|il|elle|iel)(\s*\/\s*[\p{L}]+)*\)?$/iu;
const NOT_A_NAME = /^(about|infos?|à propos|activity|activité|experience|expérience|highlights|points forts)$/i;

function degreeOf(text: string): 1 | 2 | 3 | undefined {
  const m = DEGREE.exec(normSpace(text));
  if (!m) return undefined;
  const n = Number(m[1][0]);
  return n === 1 || n === 2 || n === 3 ? n : undefined;
}

/**
 * The degree the card shows. The 2025–26 card may hold two ("· 1st" and "· 2nd", one hidden by
 * its styles): when they disagree, the one shown wins; when that cannot be told, none.
 */
function readDegree(card: Element): 1 | 2 | 3 | undefined {
  const found: { el: Element; degree: 1 | 2 | 3 }[] = [];
  for (const el of Array.from(card.querySelectorAll('span, p')).slice(0, 400)) {
    const degree = degreeOf(visibleText(el, 20));
    if (degree) found.push({ el, degree });
  }
  if (found.every((f) => f.degree === found[0].degree)) return found[0]?.degree;
  const shown = new Set(found.filter((f) => isShown(f.el, card)).map((f) => f.degree));
  return shown.size === 1 ? [...shown][0] : undefined;
}

/** The profile owner's top card (SDUI first: it exists only in that layout). */
export function findTopCard(doc: Document | ShadowRoot, opts: ParseOptions = {}): Element | null {
  return firstOf(doc, SELECTORS.topCardSdui, opts.getShadowRoot) ?? firstOf(doc, SELECTORS.topCardClassic, opts.getShadowRoot);
}

function nameFromTitle(doc: Document | ShadowRoot): string {
  const title = normSpace((doc as Document).title ?? '');
  const m = /^(?:\(\d+\+?\)\s*)?(.+?)\s*\|\s*LinkedIn$/.exec(title);
  return m && !/^(feed|messaging|messagerie|linkedin)$/i.test(m[1]) ? m[1] : '';
}

/** The name of the profile shown on the page (also used for an invitation's invitee). */
export function readProfileName(doc: Document | ShadowRoot, card: Element | null): string {
  if (card) {
    for (const sel of SELECTORS.profileName) {
      const el = firstIn(card, [sel]);
      const name = visibleText(el, 200);
      if (name && !NOT_A_NAME.test(name)) return name;
    }
  }
  return nameFromTitle(doc);
}

function memberIdFromHref(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  let decoded = href;
  try {
    decoded = decodeURIComponent(href.replace(/&amp;/g, '&'));
  } catch {
    /* keep raw */
  }
  const m = /(?:fsd_profile:|recipient=|facetConnectionOf="|connectionOf=\["|connectionOf=")(ACoA[A-Za-z0-9_-]{10,})/.exec(decoded);
  return m?.[1];
}

function ownerMemberId(doc: Document | ShadowRoot, card: Element, opts: ParseOptions): string | undefined {
  for (const link of [firstIn(card, SELECTORS.composeLink), firstIn(card, SELECTORS.mutualLink)]) {
    const id = memberIdFromHref(link?.getAttribute('href'));
    if (id) return id;
  }
  // The 2025–26 "More" menu of the profile (a popover outside the card) carries the owner's Message link.
  const menuLink = firstOf(doc, SELECTORS.composeLink.map((s) => `[role="menu"] ${s}`), opts.getShadowRoot);
  return memberIdFromHref(menuLink?.getAttribute('href'));
}

function readCompany(card: Element): string | undefined {
  const btn = firstIn(card, SELECTORS.currentCompany);
  const label = normSpace(btn?.getAttribute('aria-label'));
  const m = /^(?:Current company|Entreprise actuelle)\s*:\s*(.+?)\.\s*(?:Click|Cliquez)/i.exec(label) ?? /^(?:Current company|Entreprise actuelle)\s*:\s*(.+)$/i.exec(label);
  return m ? m[1].trim() : undefined;
}

/** Words that make the second part of "Company · School" a school, or a lone part not a company. */
const SCHOOL = /\b(universit|univerzitet|école|ecole|school|college|collège|institut|academy|académie|faculty|fakultet|hochschule|polytechni|lycée)/i;

/**
 * The 2025–26 card's text lines under the name: the headline, then "Company · School" (the
 * current company and the latest school, either one alone when the other is unknown).
 */
function sduiLines(card: Element, name: string): { headline?: string; company?: string } {
  let headline: string | undefined;
  for (const p of Array.from(card.querySelectorAll('p')).slice(0, 40)) {
    if (p.closest('button, a, [role="menu"]') || hiddenInMarkup(p, card)) continue;
    if (p.querySelector('a')) break; // the location line, with the contact info link: the lines are over
    const t = visibleText(p, 400);
    if (!t || t === name || DEGREE.test(t) || PRONOUNS.test(t)) continue;
    if (!headline) {
      headline = t;
      continue;
    }
    const parts = t.split(/\s+·\s+/);
    if (parts.length === 2 && parts[0] && !SCHOOL.test(parts[0])) return { headline, company: parts[0] };
  }
  return { headline };
}

/** Company names compared without case or punctuation; "EkoVrt" names "EkoVrt O.D.". */
function sameCompany(a: string, b: string): boolean {
  const fold = (s: string) => normSpace(s.toLowerCase().replace(/[.,()]/g, ' '));
  const x = fold(a);
  const y = fold(b);
  return x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `);
}

function titleFrom(headline: string | undefined, company: string | undefined): { title?: string; company?: string } {
  if (!headline) return { company };
  const first = headline.split(/\s[|·]\s/)[0];
  const m = /^(.+?)\s+(?:at|chez|@|at the)\s+(.+)$/i.exec(first) ?? /^(.+?)\s*@\s*(.+)$/.exec(first);
  if (!m) return { company };
  if (company && !sameCompany(m[2], company)) return { company };
  return { title: m[1].trim(), company: company ?? m[2].trim() };
}

/** "Hiring: Senior Web QA Engineer & 2 others" (2025–26), "#HIRING", "Théo recrute". */
const HIRING = /^(?:#?(?:hiring|recrute)$|(?:hiring|recrute|recrutement)\s*:)/i;

function signals(card: Element, firstName: string): { hiring: boolean; openToWork: boolean } {
  let hiring = false;
  let openToWork = false;
  for (const img of Array.from(card.querySelectorAll('img[alt]')).slice(0, 30)) {
    const alt = img.getAttribute('alt') ?? '';
    if (/#\s?hiring|#recrute/i.test(alt)) hiring = true;
    if (/#\s?open_?to_?work/i.test(alt)) openToWork = true;
  }
  const first = firstName.toLowerCase();
  for (const el of Array.from(card.querySelectorAll('span, p, strong, div')).slice(0, 800)) {
    if (el.children.length > 3) continue;
    const t = visibleText(el, 200);
    if (!t || t.length > 120) continue;
    if (HIRING.test(t) || (first && t.toLowerCase().startsWith(`${first} is hiring`)) || (first && t.toLowerCase().startsWith(`${first} recrute`))) hiring = true;
    if (/^#?(open to work|opentowork|disponible pour travailler)$/i.test(t)) openToWork = true;
  }
  return { hiring, openToWork };
}

export function parseProfileUnsafe(doc: Document, url: string, opts: ParseOptions = {}): ProfileView | NotRecognised {
  if (classifyPage(url) !== 'profile') return { recognised: false, reason: 'not a profile URL' };
  const ref = profileRefFromUrl(url);
  if (!ref) return { recognised: false, reason: 'not a profile URL' };
  const card = findTopCard(doc, opts);
  if (!card) return { recognised: false, reason: 'no profile top card' };
  const name = readProfileName(doc, card);
  if (!name) return { recognised: false, reason: 'no name in the top card' };
  const sdui = !!firstIn(card, SELECTORS.topCardSdui);
  const lines = sdui ? sduiLines(card, name) : {};
  const headline = visibleText(firstIn(card, SELECTORS.profileHeadline), 400) || lines.headline || undefined;
  const { title, company } = titleFrom(headline, readCompany(card) ?? lines.company);
  const degree = readDegree(card);
  const memberId = ownerMemberId(doc, card, opts);
  const memberRef = memberId ? profileRefFromUrl(`https://www.linkedin.com/in/${memberId}/`) : null;
  const mutual = readMutual(card);
  const { hiring, openToWork } = signals(card, name.split(/\s+/)[0] ?? '');
  return {
    recognised: true,
    name,
    profileUrl: ref.url,
    memberProfileUrl: memberRef && memberRef.url !== ref.url ? memberRef.url : undefined,
    headline,
    company,
    title,
    degree,
    mutualCount: mutual.count,
    mutualNames: mutual.names,
    hiring,
    openToWork,
  };
}
