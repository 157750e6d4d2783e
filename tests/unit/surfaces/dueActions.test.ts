import { describe, expect, it } from 'vitest';
import { dueActions, profileUrlOf, SNOOZE_DAYS } from '../../../components/due/dueActions';
import type { DueItem } from '../../../utils/engine/dueItems';
import { dueItems } from '../../../utils/engine/dueItems';
import { act, DAY, intro, NOW, person, promise } from '../rules/fixtures';

const marc = person('marc', 'Marc Dupont', { tier: 'regular', lastInteractionAt: NOW - 200 * DAY });
const sophie = person('sophie', 'Sophie Martin', { lastInteractionAt: NOW - 9 * DAY });
const items: DueItem[] = dueItems({
  contacts: [marc, sophie],
  interactions: [act(sophie, 'meeting', NOW - 9 * DAY), act(marc, 'message-sent', NOW - 200 * DAY)],
  introductions: [intro(marc, sophie, NOW - 30 * DAY)],
  nextSteps: [promise(sophie, 'the deck', NOW - DAY)],
  now: NOW,
});
const of = (category: DueItem['category']) => items.find((i) => i.category === category)!;

describe('what the user can do about a due item', () => {
  it('an update owed: write to the recommender, or say they were told (marks Marc informed about Sophie)', () => {
    const actions = dueActions(of('update'), NOW);
    expect(actions.map((a) => a.kind)).toEqual(['write-to', 'done', 'snooze', 'dismiss']);
    expect(actions[0]).toMatchObject({ kind: 'write-to', contactId: marc.id });
    expect(actions[1]).toEqual({ kind: 'done', message: { type: 'markInformed', data: { recommenderId: marc.id, aboutContactId: sophie.id } } });
  });

  it('a promise: mark it done by its id; snooze is one week from now; dismiss names the item', () => {
    const item = of('promise');
    const actions = dueActions(item, NOW);
    expect(actions[1]).toEqual({ kind: 'done', message: { type: 'completeNextStep', data: { id: item.finding.details!.nextStepId } } });
    expect(actions[2]).toEqual({ kind: 'snooze', message: { type: 'snoozeDue', data: { key: item.finding.key, until: NOW + SNOOZE_DAYS * DAY } } });
    expect(actions[3]).toEqual({ kind: 'dismiss', message: { type: 'dismissDue', data: { key: item.finding.key } } });
  });

  it('keep-warm has nothing to mark done: writing is the way to settle it', () => {
    expect(dueActions(of('keep-warm'), NOW).map((a) => a.kind)).toEqual(['write-to', 'snooze', 'dismiss']);
  });

  it('writes to a profile URL built from the id, slug or member id; anything else has none', () => {
    expect(profileUrlOf('linkedin:in/marc-dupont')).toBe('https://www.linkedin.com/in/marc-dupont/');
    expect(profileUrlOf('linkedin:in/maëlle-lefèvre')).toBe('https://www.linkedin.com/in/ma%C3%ABlle-lef%C3%A8vre/');
    expect(profileUrlOf('linkedin:in/ACoAAFnO4TREIt8E1g80tQf')).toBe('https://www.linkedin.com/in/ACoAAFnO4TREIt8E1g80tQf/');
    for (const bad of ['javascript:alert(1)', 'linkedin:in/a/../../x', '', 'linkedin:in/a b']) expect(profileUrlOf(bad)).toBeUndefined();
  });
});
