import { describe, expect, it } from 'vitest';
import { recommenderNotInformed } from '../../../utils/rules/recommender-not-informed';
import type { Contact, Interaction } from '../../../utils/model/types';
import { act, at, context, draft, expectReadable, intro, NOW, person } from './fixtures';

const anne = person('anne', 'Anne Leroy');
const marc = person('marc', 'Marc Dupont');
const sophie = person('sophie', 'Sophie Martin');
// Anne introduced you to Marc in January; Marc introduced you to Sophie on 1 March.
const chain = [intro(anne, marc, at(2025, 1, 10)), intro(marc, sophie, at(2025, 3, 1))];

/** The whole chain is reminded here (the option); by default only the direct recommender is (tested below). */
function run(interactions: Interaction[], opts: { now?: number; others?: Contact[]; quietDays?: number[]; contact?: Contact; withDraft?: boolean; wholeChain?: boolean } = {}) {
  return recommenderNotInformed(
    context({
      contact: opts.contact ?? sophie,
      others: opts.others ?? [anne, marc],
      interactions,
      introductions: chain,
      now: opts.now,
      settings: { remindWholeChain: opts.wholeChain ?? true, ...(opts.quietDays ? { quietDays: opts.quietDays } : {}) },
      draft: opts.withDraft ? { analysis: draft('Bonjour Marc, petite nouvelle…') } : undefined,
    }),
  );
}

const interviewWed = act(sophie, 'outcome', at(2025, 3, 5, 10), { outcome: 'interview' }); // Wednesday
const meetingSat = act(sophie, 'meeting', at(2025, 3, 8, 15)); // Saturday

describe('recommender-not-informed: tell the people up the chain how it went (seed 001)', () => {
  it.each<[string, Interaction[], number, string[]]>([
    ['nothing happened with Sophie yet', [], NOW, []],
    ['an interview 3 days ago: not due yet', [interviewWed], at(2025, 3, 8, 10), []],
    ['exactly 7 days after the interview: due', [interviewWed], at(2025, 3, 12, 10), ['Marc Dupont', 'Anne Leroy']],
    ['one millisecond before the 7 days', [interviewWed], at(2025, 3, 12, 10) - 1, []],
    ['a meeting on Saturday: due the next Saturday, a quiet day — not yet on Sunday', [meetingSat], at(2025, 3, 16, 12), []],
    ['… due from Monday morning', [meetingSat], at(2025, 3, 17, 0), ['Marc Dupont', 'Anne Leroy']],
    ['Marc was told after the interview; Anne was not', [interviewWed, act(marc, 'update-sent', at(2025, 3, 6))], NOW, ['Anne Leroy']],
    ['both were told', [interviewWed, act(marc, 'update-sent', at(2025, 3, 6)), act(anne, 'message-sent', at(2025, 3, 7), { asks: ['update'] })], NOW, []],
  ])('%s', (_label, interactions, now, expected) => {
    const found = run(interactions, { now });
    const names = found.map((f) => (f.action?.contactId === marc.id ? 'Marc Dupont' : f.action?.contactId === anne.id ? 'Anne Leroy' : f.action?.contactId));
    expect(names).toEqual(expected);
    for (const f of found) {
      expectReadable(f, 'recommender-not-informed');
      expect(f.severity).toBe('high');
      expect(f.action?.kind).toBe('write-to');
      expect(f.dueAt).toBeLessThanOrEqual(now);
    }
  });

  it('says whom to write to, about whom, and through which chain — in both languages', () => {
    const [toMarc, toAnne] = run([interviewWed]);
    expect(toMarc.reason.en).toContain('Tell Marc Dupont how it went with Sophie Martin');
    expect(toMarc.reason.en).toContain('interview');
    expect(toMarc.reason.fr).toContain('Dites à Marc Dupont où vous en êtes avec Sophie Martin');
    expect(toMarc.reason.fr).toContain('entretien');
    expect(toMarc.details).toMatchObject({ recommenderId: marc.id, aboutContactId: sophie.id });
    // The chain is said once, by the link before the contact: never hop by hop.
    expect(toAnne.reason.en).toContain('Anne Leroy is further up the chain: Marc Dupont introduced you to Sophie Martin.');
    expect(toAnne.reason.fr).toContain('Anne Leroy est plus haut dans la chaîne : Marc Dupont vous a mis en relation avec Sophie Martin.');
    expect(toAnne.reason.en.match(/introduced you to/g)).toHaveLength(1);
    // The line under the recommender's name in the due list, and what the update to copy is made of.
    expect(toMarc.summary).toEqual({ en: 'Tell them how it went with Sophie Martin: an interview on 5 March', fr: 'Lui dire où vous en êtes avec Sophie Martin : un entretien le 5 mars' });
    expect(toAnne.summary?.en).toBe('Tell them how it went with Sophie Martin (via Marc Dupont): an interview on 5 March');
    expect(toAnne.details).toMatchObject({ recommenderName: 'Anne Leroy', aboutName: 'Sophie Martin', viaName: 'Marc Dupont', steps: [{ kind: 'outcome', outcome: 'interview' }] });
    expect(toAnne.action?.label.en).toContain('Anne Leroy');
  });

  it('calm by default: only the one who introduced you directly is reminded, whatever the chain', () => {
    expect(run([interviewWed], { wholeChain: false }).map((f) => f.action?.contactId)).toEqual([marc.id]);
    // Marc deleted: Anne, further up, is not reminded in his place.
    expect(run([interviewWed], { wholeChain: false, others: [anne] })).toEqual([]);
  });

  it('quiet days off: the Saturday reminder is due on Saturday', () => {
    expect(run([meetingSat], { now: at(2025, 3, 15, 15), quietDays: [] })).toHaveLength(2);
  });

  it('a deleted recommender produces nothing and no error; the one above is still owed', () => {
    const found = run([interviewWed], { others: [anne] });
    expect(found.map((f) => f.action?.contactId)).toEqual([anne.id]);
    expectReadable(found[0], 'recommender-not-informed');
  });

  it('a contact with no history and no introduction has nothing owed', () => {
    expect(run([], { contact: person('nobody', 'Nobody Here') })).toEqual([]);
  });

  it('a cycle in the graph does not loop or owe Sophie news about herself', () => {
    const found = recommenderNotInformed(
      context({ contact: sophie, others: [marc], interactions: [interviewWed], introductions: [intro(marc, sophie, at(2025, 3, 1)), intro(sophie, marc, at(2025, 3, 2))] }),
    );
    expect(found.map((f) => f.action?.contactId)).toEqual([marc.id]);
  });

  it('while writing to Marc, reminds you of the news you owe him even before it is due', () => {
    const earlyNow = at(2025, 3, 6, 10);
    const found = recommenderNotInformed(
      context({
        contact: marc,
        others: [anne, sophie],
        interactions: [interviewWed],
        introductions: chain,
        now: earlyNow,
        draft: { analysis: draft('Bonjour Marc') },
      }),
    );
    const aboutSophie = found.find((f) => f.details?.aboutContactId === sophie.id);
    expect(aboutSophie?.severity).toBe('medium');
    expect(aboutSophie?.action?.contactId).toBe(marc.id);
    expect(aboutSophie?.reason.en).toContain('how it went with Sophie Martin');
    // Without a draft to Marc, nothing is said before the due date.
    expect(recommenderNotInformed(context({ contact: marc, others: [anne, sophie], interactions: [interviewWed], introductions: chain, now: earlyNow }))).toEqual([]);
  });

  it('its key stays the same as steps accumulate, so a snooze holds', () => {
    const one = run([interviewWed], { now: at(2025, 3, 13) });
    const two = run([interviewWed, act(sophie, 'outcome', at(2025, 3, 12), { outcome: 'offer' })], { now: at(2025, 3, 13) });
    expect(two.map((f) => f.key)).toEqual(one.map((f) => f.key));
    expect(two[0].details?.count).toBe(2);
  });
});
