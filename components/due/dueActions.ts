import type { DueItem } from '../../utils/engine/dueItems';
import type { Bilingual } from '../../utils/model/finding';
import type { ContactId } from '../../utils/model/types';
import { DAY } from '../../utils/rules/calendar';
import type { ActionData, ActionType } from '../actions/sendAction';

export const SNOOZE_DAYS = 7;

export type DueAction =
  | { kind: 'write-to'; contactId: ContactId; label: Bilingual }
  | { kind: 'done'; message: { type: ActionType; data: ActionData<ActionType> } }
  | { kind: 'snooze'; message: { type: 'snoozeDue'; data: ActionData<'snoozeDue'> } }
  | { kind: 'dismiss'; message: { type: 'dismissDue'; data: ActionData<'dismissDue'> } };

/**
 * What the user can do about one due item: write to the person (their profile opens), settle it
 * (told the recommender elsewhere; kept the promise), snooze it a week, or dismiss it.
 */
export function dueActions(item: DueItem, now: number): DueAction[] {
  const f = item.finding;
  const out: DueAction[] = [];
  const target = f.action?.contactId ?? f.contactId;
  if (target) out.push({ kind: 'write-to', contactId: target, label: f.action?.label ?? { en: 'Write', fr: 'Écrire' } });
  const d = f.details ?? {};
  if (item.category === 'update' && typeof d.recommenderId === 'string' && typeof d.aboutContactId === 'string')
    out.push({ kind: 'done', message: { type: 'markInformed', data: { recommenderId: d.recommenderId, aboutContactId: d.aboutContactId } } });
  if (item.category === 'promise' && typeof d.nextStepId === 'number')
    out.push({ kind: 'done', message: { type: 'completeNextStep', data: { id: d.nextStepId } } });
  out.push({ kind: 'snooze', message: { type: 'snoozeDue', data: { key: f.key, until: now + SNOOZE_DAYS * DAY } } });
  out.push({ kind: 'dismiss', message: { type: 'dismissDue', data: { key: f.key } } });
  return out;
}

/** A LinkedIn profile URL from a contact id (slug or member id): where "write to" takes the user. */
export function profileUrlOf(contactId: ContactId): string | undefined {
  const m = /^linkedin:in\/([^\s/]{1,200})$/.exec(contactId ?? '');
  return m ? `https://www.linkedin.com/in/${encodeURIComponent(m[1])}/` : undefined;
}
