import { describe, expect, it } from 'vitest';
import { livingSpam } from '../../../utils/rules/living-spam';
import { computeOutreachStats } from '../../../utils/rules/outreach';
import type { Contact, Interaction } from '../../../utils/model/types';
import type { DraftContext, OutreachStats } from '../../../utils/rules/context';
import { act, at, context, DAY, draft, expectReadable, NOW, person } from './fixtures';

const sophie = person('sophie', 'Sophie Martin', { degree: 2 });
const quiet: OutreachStats = { firstMessagesToday: 0, similarToDraft: 0, similarPeople: 0, windowDays: 7 };
const d: DraftContext = { analysis: draft('Bonjour Sophie, je me permets…') };
const sent = (days: number, extra: Partial<Interaction> = {}) => act(sophie, 'message-sent', NOW - days * DAY, extra);

function run(o: { interactions?: Interaction[]; outreach?: OutreachStats; draft?: DraftContext | null; contact?: Contact; limit?: number }) {
  return livingSpam(
    context({
      contact: o.contact ?? sophie,
      interactions: o.interactions ?? [],
      outreach: o.outreach ?? quiet,
      draft: o.draft === null ? undefined : (o.draft ?? d),
      settings: o.limit !== undefined ? { dailyOutreachLimit: o.limit } : undefined,
    }),
  );
}

describe('living-spam: do not become a living spam (seed 002)', () => {
  it.each<[string, Parameters<typeof run>[0], string[]]>([
    ['a first message on a calm day', {}, []],
    ['the 15th first message today, limit 15', { outreach: { ...quiet, firstMessagesToday: 14 } }, []],
    ['the 16th first message today, limit 15', { outreach: { ...quiet, firstMessagesToday: 15 } }, ['daily']],
    ['the daily limit only concerns new people', { outreach: { ...quiet, firstMessagesToday: 40 }, interactions: [act(sophie, 'message-received', NOW - DAY)] }, []],
    ['a limit of 0 means no limit', { outreach: { ...quiet, firstMessagesToday: 40 }, limit: 0 }, []],
    ['two near-duplicates sent this week', { outreach: { ...quiet, similarToDraft: 2, similarPeople: 2 } }, []],
    ['three near-duplicates sent this week', { outreach: { ...quiet, similarToDraft: 3, similarPeople: 3 } }, ['similar']],
    ['one unanswered message, writing a second', { interactions: [sent(5)] }, []],
    ['two unanswered messages, writing a third', { interactions: [sent(9), sent(5)] }, ['unanswered']],
    ['they answered in between', { interactions: [sent(9), act(sophie, 'message-received', NOW - 7 * DAY), sent(5)] }, []],
    ['the contact record knows of a reply the rows do not', { interactions: [sent(9), sent(5)], contact: { ...sophie, lastReplyAt: NOW - 2 * DAY } }, []],
    ['an invitation counts as an unanswered message', { interactions: [act(sophie, 'invite-sent', NOW - 20 * DAY), sent(5)] }, ['unanswered']],
    ['no draft: three unanswered already', { interactions: [sent(20), sent(9), sent(5)], draft: null }, ['unanswered']],
    ['no draft: two unanswered', { interactions: [sent(9), sent(5)], draft: null }, []],
    ['no draft: outreach counts are not judged', { outreach: { ...quiet, firstMessagesToday: 99, similarToDraft: 9, similarPeople: 9 }, draft: null }, []],
  ])('%s → %j', (_label, o, expected) => {
    const found = run(o);
    expect(found.map((f) => f.key.split(':').slice(-1)[0].replace(/^\d+$/, 'unanswered'))).toEqual(expected);
    for (const f of found) {
      expectReadable(f, 'living-spam');
      expect(f.action?.kind).toBe('slow-down');
    }
  });

  it('gives the counts', () => {
    const [daily] = run({ outreach: { ...quiet, firstMessagesToday: 15 } });
    expect(daily.reason.en).toBe('This would be your 16th first message to someone new today; your limit is 15.');
    expect(daily.reason.fr).toContain('16e premier message');
    const [similar] = run({ outreach: { ...quiet, similarToDraft: 4, similarPeople: 3 } });
    expect(similar.reason.en).toContain('4 near-identical messages to 3 people in the last 7 days');
    const [unanswered] = run({ interactions: [sent(9), sent(5)] });
    expect(unanswered.reason.en).toBe('Sophie Martin has not answered your last 2 messages over 9 days; this would be the 3rd.');
    expect(unanswered.reason.fr).toContain('Sophie Martin n’a pas répondu à vos 2 derniers messages');
  });
});

describe('computeOutreachStats: counting across contacts, purely', () => {
  const template = (name: string) =>
    `Bonjour ${name}, je suis développeur full-stack avec dix ans d’expérience et je cherche de nouvelles opportunités dans une équipe produit ambitieuse. Seriez-vous disponible pour un échange rapide ?`;
  const to = (slug: string, when: number, text: string, kind: Interaction['kind'] = 'message-sent') => act(`linkedin:in/${slug}`, kind, when, { text });

  it('counts first messages and invitations to new people since local midnight', () => {
    const recent = [
      to('a', at(2025, 3, 12, 8), 'x'),
      to('a', at(2025, 3, 12, 9), 'y'), // second message to a: not a first message
      to('b', at(2025, 3, 12, 9), 'z', 'invite-sent'),
      to('c', at(2025, 3, 11, 23), 'w'), // yesterday
      to('d', at(2025, 3, 12, 9), 'v'), // known before the window
      act('linkedin:in/e', 'message-received', at(2025, 3, 12, 9)),
    ];
    const stats = computeOutreachStats({ recent, knownBefore: new Set(['linkedin:in/d']), now: NOW });
    expect(stats.firstMessagesToday).toBe(2);
  });

  it('finds near-duplicates of the draft sent to other people this week, not older, not to the same person', () => {
    const recent = [
      to('a', NOW - DAY, template('Alice')),
      to('b', NOW - 2 * DAY, template('Bruno')),
      to('c', NOW - 3 * DAY, template('Chloé')),
      to('c', NOW - 3 * DAY + 1000, template('Chloé')),
      to('old', NOW - 10 * DAY, template('Olga')),
      to('sophie', NOW - DAY, template('Sophie')),
      to('z', NOW - DAY, 'Merci beaucoup pour votre retour, très intéressant. Je reviens vers vous la semaine prochaine avec le document.'),
    ];
    const stats = computeOutreachStats({ recent, knownBefore: () => true, draft: { text: template('Sophie'), contactId: sophie.id }, now: NOW });
    expect(stats).toMatchObject({ similarToDraft: 4, similarPeople: 3, windowDays: 7 });
  });

  it('short messages are alike by nature, not copies', () => {
    const recent = ['a', 'b', 'c', 'd'].map((s) => to(s, NOW - DAY, 'Merci beaucoup !'));
    expect(computeOutreachStats({ recent, knownBefore: () => true, draft: { text: 'Merci beaucoup !', contactId: sophie.id }, now: NOW }).similarToDraft).toBe(0);
  });

  it('bad input gives zeros, never an exception', () => {
    const junk = [null, { ...to('a', NaN, 'x') }, to('b', NOW + DAY, template('B'))] as unknown as Interaction[];
    expect(computeOutreachStats({ recent: junk, knownBefore: new Set(), draft: { text: '🙂'.repeat(50_000), contactId: 'x' }, now: NOW })).toMatchObject({
      firstMessagesToday: 0,
      similarToDraft: 0,
    });
  });
});
