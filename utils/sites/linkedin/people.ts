import { profileRefFromUrl } from '../../model/contactId';
import type { PersonRef } from './types';
import { normSpace } from './text';

/** Canonical profile URL, or undefined when the link is not a LinkedIn profile. */
export function canonicalProfileUrl(href: string | null | undefined): string | undefined {
  return profileRefFromUrl(href ?? '')?.url;
}

export function profileIdOf(href: string | null | undefined): string | undefined {
  return profileRefFromUrl(href ?? '')?.id;
}

/** Names compared without case, accents or spacing ("Léa  Marchand" = "lea marchand"). */
export function foldName(name: string): string {
  return normSpace(name).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** Photo alts carry frame badges: "Bob Brown, #OPEN_TO_WORK" → "Bob Brown". */
export function nameFromAlt(alt: string | null | undefined): string {
  return normSpace((alt ?? '').replace(/,\s*#\w+$/u, ''));
}

/** Merges people seen several times (header, profile card, senders) into one entry each. */
export function mergePeople(people: PersonRef[]): PersonRef[] {
  const out: PersonRef[] = [];
  for (const p of people) {
    if (!p.name && !p.profileUrl) continue;
    const same = out.find(
      (q) =>
        (p.profileUrl && q.profileUrl && profileIdOf(p.profileUrl) === profileIdOf(q.profileUrl)) ||
        (p.name && q.name && foldName(p.name) === foldName(q.name) && (!p.profileUrl || !q.profileUrl || profileIdOf(p.profileUrl) === profileIdOf(q.profileUrl))),
    );
    if (!same) {
      out.push({ ...p });
      continue;
    }
    if (!same.name && p.name) same.name = p.name;
    if (!same.profileUrl && p.profileUrl) same.profileUrl = p.profileUrl;
    if (!same.headline && p.headline) same.headline = p.headline;
  }
  return out;
}

/** Splits a group title: "Priya Nair, Tom Becker and Sofia Alvarez" / "… et …". */
export function splitNames(title: string): string[] {
  return normSpace(title)
    .split(/\s*,\s*|\s+(?:and|et)\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && s.length < 120);
}
