import type { DueCard } from '../../utils/engine/dueListQuery';
import type { ContactId } from '../../utils/model/types';
import { DAY } from '../../utils/rules/calendar';
import type { StepLike } from '../../utils/words/stepGroups';
import type { UpdateOwed } from '../../utils/words/updateOwed';
import type { ActionData, ActionType } from '../actions/sendAction';

/** "In a week". */
export const SNOOZE_DAYS = 7;

export type DueMessage = { [K in ActionType]: { type: K; data: ActionData<K> } }[ActionType];

/** What each of a card's buttons sends to the background, one message per line of the card. */
export interface CardActions {
  /** "Done": updates marked given, promises kept, keeping in touch done for one rhythm. */
  done: DueMessage[];
  /** "In a week". */
  snooze: DueMessage[];
  /** "Not needed". */
  dismiss: DueMessage[];
}

/**
 * The actions of one person's card, on everything owed them at once:
 * - Done: an owed update is recorded as given (markInformed: the recommender's keep-in-touch
 *   clock restarts too); a promise or next step is marked done; keeping in touch (the user was in
 *   touch in a way Relais cannot see: a call, a coffee) comes back after one more rhythm.
 * - In a week: each line snoozed seven days.
 * - Not needed: each line dismissed (a new step or a new exchange makes a new one).
 */
export function cardActions(card: Pick<DueCard, 'items'>, now: number): CardActions {
  const done: DueMessage[] = [];
  const snooze: DueMessage[] = [];
  const dismiss: DueMessage[] = [];
  for (const { category, finding } of card.items) {
    const d = finding.details ?? {};
    const key = finding.key;
    snooze.push({ type: 'snoozeDue', data: { key, until: now + SNOOZE_DAYS * DAY } });
    dismiss.push({ type: 'dismissDue', data: { key } });
    if (category === 'update' && typeof d.recommenderId === 'string' && typeof d.aboutContactId === 'string')
      done.push({ type: 'markInformed', data: { recommenderId: d.recommenderId, aboutContactId: d.aboutContactId } });
    else if (category === 'promise' && typeof d.nextStepId === 'number') done.push({ type: 'completeNextStep', data: { id: d.nextStepId } });
    else if (category === 'keep-warm') {
      const cadence = typeof d.cadenceDays === 'number' && d.cadenceDays > 0 ? d.cadenceDays : 30;
      done.push({ type: 'snoozeDue', data: { key, until: now + cadence * DAY } });
    } else done.push({ type: 'dismissDue', data: { key } });
  }
  return { done, snooze, dismiss };
}

/** The updates a card owes, as the words to copy are made from them (utils/words/updateOwed.ts). */
export function updatesOwed(card: Pick<DueCard, 'items'>, now: number): (UpdateOwed & { key: string })[] {
  const out: (UpdateOwed & { key: string })[] = [];
  for (const { category, finding } of card.items) {
    const d = finding.details ?? {};
    if (category !== 'update' || typeof d.recommenderName !== 'string' || typeof d.aboutName !== 'string') continue;
    const steps = Array.isArray(d.steps) ? (d.steps as StepLike[]) : [];
    out.push({ key: finding.key, recommenderName: d.recommenderName, aboutName: d.aboutName, viaName: typeof d.viaName === 'string' ? d.viaName : undefined, steps, now });
  }
  return out;
}

/** A LinkedIn profile URL from a contact id (slug or member id): where writing to someone starts. */
export function profileUrlOf(contactId: ContactId): string | undefined {
  const m = /^linkedin:in\/([^\s/]{1,200})$/.exec(contactId ?? '');
  return m ? `https://www.linkedin.com/in/${encodeURIComponent(m[1])}/` : undefined;
}
