import { describe, expect, it } from 'vitest';
import { recommendOnlyKnown } from '../../../utils/rules/recommend-only-known';
import { findRecommendedPeople } from '../../../utils/rules/findRecommendedPeople';
import type { Contact, RecommendationMade } from '../../../utils/model/types';
import type { DraftContext } from '../../../utils/rules/context';
import { context, draft, expectReadable, person, recommendation } from './fixtures';

const client = person('client', 'Claire Morel');
const paul = person('paul', 'Paul Martin');
const lea = person('lea', 'Léa Dupont', { workedWith: true });

function run(contact: Contact, d?: DraftContext, recs: RecommendationMade[] = [], others: Contact[] = [paul, lea]) {
  return recommendOnlyKnown(context({ contact, others, draft: d, recommendationsMade: recs }));
}

describe('recommend-only-known: recommend only people you really worked with (seeds 000, 003)', () => {
  it.each<[string, Contact, DraftContext | undefined, string[]]>([
    ['a message recommending Paul, never marked worked-with', client, { analysis: draft('Je vous recommande vivement Paul Martin pour cette mission.') }, ['Paul Martin']],
    ['a message recommending Léa, marked worked-with', client, { analysis: draft('Je vous recommande vivement Léa Dupont.') }, []],
    ['an introduction in English of someone unknown to Relais', client, { analysis: draft('I’d like to introduce you to Ana Lopes, a great designer.') }, ['Ana Lopes']],
    ['"je vous recommande de…" is advice, not a recommendation', client, { analysis: draft('Je vous recommande de lire cet article.') }, []],
    ['a LinkedIn recommendation of this contact, not worked-with', paul, { analysis: draft('Paul est un excellent…'), isRecommendationOfContact: true }, ['Paul Martin']],
    ['a LinkedIn recommendation of a former colleague', lea, { analysis: draft('Léa est…'), isRecommendationOfContact: true }, []],
    ['the caller resolved the people already', client, { analysis: draft('…'), recommends: [{ name: 'Paul', contactId: paul.id }, { name: 'Léa', contactId: lea.id }] }, ['Paul Martin']],
    ['no draft, no recommendation', client, undefined, []],
  ])('%s → %j', (_label, contact, d, expected) => {
    const found = run(contact, d);
    expect(found.map((f) => f.details?.candidateName)).toEqual(expected);
    for (const f of found) {
      expectReadable(f, 'recommend-only-known');
      expect(f.severity).toBe('high');
      expect(f.action?.kind).toBe('confirm-worked-with');
      expect(f.reason.en).toContain(String(f.details?.candidateName));
      expect(f.reason.fr).toContain(String(f.details?.candidateName));
      expect(f.reason.en).toMatch(/reputation/);
      expect(f.reason.fr).toMatch(/réputation/);
    }
  });

  it('resolves the name to the known contact (full name, accents ignored) when the engine builds the context', () => {
    const ctx = context({ contact: client, others: [paul, lea], draft: { analysis: draft('Je vous recommande vivement Lea Dupont.') } });
    expect(ctx.draft?.recommends).toEqual([{ name: 'Lea Dupont', contactId: lea.id }]);
    expect(recommendOnlyKnown(ctx)).toEqual([]);
  });

  it('tracks recorded recommendations made without having worked together, with their outcome', () => {
    const rec = recommendation(paul, client, { outcome: 'rejected' });
    const [f] = run(client, undefined, [rec]);
    expectReadable(f, 'recommend-only-known');
    expect(f.severity).toBe('low');
    expect(f.reason.en).toBe('You recommended Paul Martin to Claire Morel without having worked together; outcome: not selected. Follow it closely: your name is on it.');
    expect(f.reason.fr).toContain('Vous avez recommandé Paul Martin à Claire Morel');
    // The same item from the candidate's side has the same key (one item in the due list).
    expect(run(paul, undefined, [rec])[0].key).toBe(f.key);
  });

  it.each<[string, RecommendationMade]>([
    ['confirmed worked-with at the time', recommendation(paul, client, { workedWith: true })],
    ['the candidate is marked worked-with since', recommendation(lea, client)],
  ])('a recorded recommendation is fine when %s', (_l, rec) => {
    expect(run(client, undefined, [rec])).toEqual([]);
  });

  it('a recommendation of a deleted contact still reads, without error', () => {
    const ghost = recommendation(person('ghost', 'Ghost'), client);
    const [f] = run(client, undefined, [ghost], []);
    expect(f.reason.en).toContain('ghost');
  });
});

describe('findRecommendedPeople: who a message vouches for', () => {
  it.each<[string, string[]]>([
    ['Bonjour, je vous recommande vivement Paul Martin pour ce poste.', ['Paul Martin']],
    ['Je me porte garante de Léa Dupont.', ['Léa Dupont']],
    ['Je vous présente Marc de La Tour, mon ancien collègue.', ['Marc de La Tour']],
    ['I highly recommend Jean-Luc Picard.', ['Jean-Luc Picard']],
    ['I would like to refer Sam for the role', ['Sam']],
    ['I can vouch for Ana.', ['Ana']],
    ['Je vous recommande de lire cet article', []],
    ['je vous présente mes excuses', []],
    ['I recommend The book', []],
    ['Je ne vous recommande pas cette option', []],
    ['', []],
  ])('%s → %j', (text, names) => {
    expect(findRecommendedPeople(text).map((p) => p.name)).toEqual(names);
  });

  it('an enormous text is scanned quickly and bounded', () => {
    const t0 = performance.now();
    const found = findRecommendedPeople('I recommend Bob. '.repeat(20_000));
    expect(performance.now() - t0).toBeLessThan(500);
    expect(found).toEqual([{ name: 'Bob' }]);
  });
});
