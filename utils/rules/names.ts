import type { Contact, ContactId } from '../model/types';
import type { DraftAnalysis } from '../model/draft';
import { foldText } from '../reach/foldText';

const MAX_NAME = 80;

/** The name to show for a contact: page text, trimmed and bounded; the profile handle if blank. */
export function displayName(contact: Pick<Contact, 'id' | 'name'> | undefined, id?: ContactId): string {
  const name = typeof contact?.name === 'string' ? contact.name.replace(/\s+/g, ' ').trim() : '';
  if (name) return name.length > MAX_NAME ? `${name.slice(0, MAX_NAME - 1)}…` : name;
  const handle = (contact?.id ?? id ?? '').replace(/^linkedin:in\//, '');
  return handle || '?';
}

/**
 * Whether a draft names this person: a recommender mention the classifier resolved to them, or
 * their full name, first name or last name written anywhere (accents and case ignored). Names of
 * one or two letters are too ambiguous to count.
 */
export function draftNames(analysis: DraftAnalysis | undefined, person: Pick<Contact, 'id' | 'name'>): boolean {
  if (!analysis) return false;
  const mentions = Array.isArray(analysis.recommenders) ? analysis.recommenders : [];
  if (mentions.some((m) => m?.contactId === person.id)) return true;
  const parts = nameParts(person.name);
  if (!parts.length) return false;
  const words = new Set(foldText(analysis.text).split(/[^\p{L}\p{N}'-]+/u).filter(Boolean));
  const mentionWords = new Set(mentions.flatMap((m) => foldText(m?.name).split(/[^\p{L}\p{N}'-]+/u)));
  return parts.some((p) => words.has(p) || mentionWords.has(p));
}

function nameParts(name: string | undefined): string[] {
  return foldText(name)
    .split(/[^\p{L}\p{N}'-]+/u)
    .filter((p) => p.length >= 3);
}
