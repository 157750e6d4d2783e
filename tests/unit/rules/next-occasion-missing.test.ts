import { describe, expect, it } from 'vitest';
import { nextOccasionMissing } from '../../../utils/rules/next-occasion-missing';
import type { Contact, Interaction, NextStep } from '../../../utils/model/types';
import { act, at, context, DAY, expectReadable, NOW, person, promise } from './fixtures';

const sophie = person('sophie', 'Sophie Martin');
const meeting = act(sophie, 'meeting', NOW - 2 * DAY);

function run(interactions: Interaction[], steps: NextStep[] = [], contact: Contact = sophie) {
  return nextOccasionMissing(context({ contact, interactions, nextSteps: steps }));
}

describe('next-occasion-missing: always plan the next occasion (seed 001)', () => {
  it.each<[string, Interaction[], NextStep[], boolean]>([
    ['a contact with no history', [], [], false],
    ['only messages: no occasion yet', [act(sophie, 'message-sent', NOW - DAY), act(sophie, 'message-received', NOW - DAY / 2)], [], false],
    ['a meeting two days ago, nothing planned', [meeting], [], true],
    ['a call', [act(sophie, 'call', NOW - DAY)], [], true],
    ['an outcome (not selected) — still plan the next occasion', [act(sophie, 'outcome', NOW - DAY, { outcome: 'rejected' })], [], true],
    ['after you sent an update', [act(sophie, 'update-sent', NOW - DAY, { aboutContactId: 'linkedin:in/paul' })], [], true],
    ['after a message classified as an update', [act(sophie, 'message-sent', NOW - DAY, { asks: ['update'] })], [], true],
    ['an open promise answers it', [meeting], [promise(sophie, 'le lien', NOW + 3 * DAY)], false],
    ['an open promise planned before the meeting answers it too', [meeting], [promise(sophie, 'café', NOW + 3 * DAY, { createdAt: NOW - 10 * DAY })], false],
    ['a next step planned after the meeting and already done', [meeting], [promise(sophie, 'le lien', NOW - DAY, { createdAt: NOW - DAY, doneAt: NOW - DAY / 2 })], false],
    ['a step done before the meeting does not count', [meeting], [promise(sophie, 'vieux', NOW - 9 * DAY, { createdAt: NOW - 12 * DAY, doneAt: NOW - 9 * DAY })], true],
    ['a meeting older than the cadence: keep-warm speaks instead', [act(sophie, 'meeting', NOW - 90 * DAY)], [], false],
    ['an imported meeting older than the import window', [act(sophie, 'meeting', NOW - 40 * DAY, { source: 'import' })], [], false],
    ['a recent imported meeting', [act(sophie, 'meeting', NOW - 10 * DAY, { source: 'import' })], [], true],
  ])('%s → %s', (_label, interactions, steps, expected) => {
    const found = run(interactions, steps);
    expect(found.length > 0).toBe(expected);
    for (const f of found) {
      expectReadable(f, 'next-occasion-missing');
      expect(f.action?.kind).toBe('plan-next');
      expect(f.reason.en).toContain('Sophie Martin');
    }
  });

  it('names the occasion and how long ago it was', () => {
    const [f] = run([meeting]);
    expect(f.reason.en).toBe('Since your meeting with Sophie Martin (2 days ago), no next occasion with Sophie Martin is planned.');
    expect(f.reason.fr).toContain('Depuis votre rendez-vous avec Sophie Martin (il y a 2 jours)');
    const [o] = run([act(sophie, 'outcome', NOW - DAY, { outcome: 'interview' })]);
    expect(o.reason.en).toContain('the latest news (interview)');
    expect(o.reason.fr).toContain('les dernières nouvelles (entretien)');
  });

  it('follows the contact’s own cadence: a close contact’s meeting 40 days ago is keep-warm’s business', () => {
    expect(run([act(sophie, 'meeting', NOW - 40 * DAY)], [], { ...sophie, tier: 'close' })).toEqual([]);
    expect(run([act(sophie, 'meeting', NOW - 40 * DAY)], [], sophie)).toHaveLength(1);
  });

  it('the key follows the occasion: a new meeting is a new item', () => {
    const a = run([meeting]);
    const b = run([meeting, act(sophie, 'call', NOW - DAY)]);
    expect(a[0].key).not.toBe(b[0].key);
    expect(at(2025, 3, 10)).toBe(NOW - 2 * DAY);
  });
});
