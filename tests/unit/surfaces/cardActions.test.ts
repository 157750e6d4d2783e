import { describe, expect, it } from 'vitest';
import { cardActions, profileUrlOf, SNOOZE_DAYS, updatesOwed } from '../../../components/due/cardActions';
import { dueItems } from '../../../utils/engine/dueItems';
import { groupByPerson, lineKeyOfItem } from '../../../utils/engine/duePeople';
import { act, DAY, intro, NOW, person, promise } from '../rules/fixtures';

const marc = person('marc', 'Marc Dupont', { tier: 'regular', lastInteractionAt: NOW - 200 * DAY });
const sophie = person('sophie', 'Sophie Martin', { lastInteractionAt: NOW - 9 * DAY });
const zoe = person('zoe', 'Zoé Lambert', { tier: 'close', lastInteractionAt: NOW - 60 * DAY });
const people = groupByPerson(
  dueItems({
    contacts: [marc, sophie, zoe],
    interactions: [act(sophie, 'meeting', NOW - 9 * DAY), act(sophie, 'meeting', NOW - 8 * DAY), act(marc, 'message-sent', NOW - 200 * DAY), act(zoe, 'message-sent', NOW - 60 * DAY)],
    introductions: [intro(marc, sophie, NOW - 30 * DAY)],
    nextSteps: [promise(sophie, 'the deck', NOW - DAY)],
    now: NOW,
  }),
  lineKeyOfItem,
);
const cardOf = (id: string) => ({ items: people.find((p) => p.contactId === id)!.lines });

describe('what a card’s buttons do, on everything owed to one person', () => {
  it('Marc, owed an update and kept in touch with, is one card: Done records the update given and restarts his clock', () => {
    const marcs = cardOf(marc.id);
    expect(marcs.items.map((i) => i.category)).toEqual(['update', 'keep-warm']);
    const { done, snooze, dismiss } = cardActions(marcs, NOW);
    expect(done[0]).toEqual({ type: 'markInformed', data: { recommenderId: marc.id, aboutContactId: sophie.id } });
    // Keeping in touch done another way than LinkedIn (a call, a coffee): back after one more rhythm.
    expect(done[1]).toEqual({ type: 'snoozeDue', data: { key: marcs.items[1].finding.key, until: NOW + 90 * DAY } });
    expect(snooze).toEqual(marcs.items.map((i) => ({ type: 'snoozeDue', data: { key: i.finding.key, until: NOW + SNOOZE_DAYS * DAY } })));
    expect(dismiss).toEqual(marcs.items.map((i) => ({ type: 'dismissDue', data: { key: i.finding.key } })));
  });

  it('a promise is marked done by its id', () => {
    const sophies = cardOf(sophie.id);
    expect(sophies.items.map((i) => i.category)).toEqual(['promise']);
    expect(cardActions(sophies, NOW).done).toEqual([{ type: 'completeNextStep', data: { id: sophies.items[0].finding.details!.nextStepId } }]);
  });

  it('the update to copy is made of the names and the steps, and only a card that owes one has it', () => {
    expect(updatesOwed(cardOf(marc.id), NOW)).toEqual([
      expect.objectContaining({ recommenderName: 'Marc Dupont', aboutName: 'Sophie Martin', steps: [expect.objectContaining({ kind: 'meeting' }), expect.objectContaining({ kind: 'meeting' })] }),
    ]);
    expect(updatesOwed(cardOf(zoe.id), NOW)).toEqual([]);
  });

  it('profile URLs are built from the id, slug or member id; anything else has none', () => {
    expect(profileUrlOf('linkedin:in/marc-dupont')).toBe('https://www.linkedin.com/in/marc-dupont/');
    expect(profileUrlOf('linkedin:in/maëlle-lefèvre')).toBe('https://www.linkedin.com/in/ma%C3%ABlle-lef%C3%A8vre/');
    expect(profileUrlOf('linkedin:in/ACoAAFnO4TREIt8E1g80tQf')).toBe('https://www.linkedin.com/in/ACoAAFnO4TREIt8E1g80tQf/');
    for (const bad of ['javascript:alert(1)', 'linkedin:in/a/../../x', '', 'linkedin:in/a b']) expect(profileUrlOf(bad)).toBeUndefined();
  });
});
