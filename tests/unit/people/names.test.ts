import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '../../../utils/drafts/analyzeDraft';
import { displayName } from '../../../utils/people/displayName';
import { draftNames, mentionsName, NameIndex, nameTokens } from '../../../utils/people/names';

// One way to compare names everywhere: the recommender the checklist says a draft names, the known
// contact a mention resolves to, and the rule "recommender-not-named" must never disagree.

describe('names, one way everywhere', () => {
  it.each([
    ['Marc Dupont m’a suggéré de vous écrire.', 'Marc Dupont', true],
    ['marc dupont says hi', 'Marc Dupont', true],
    ['Marc m’a parlé de vous.', 'Marc Dupont', true],
    ['Merci M. Dupont pour votre temps.', 'Marc Dupont', true],
    ['Dupont suggested I write.', 'Marc Dupont', true],
    ['Bonjour Jean-Noël !', 'Jean-Noël Martin', true],
    ['Bonjour Jean–Noël !', 'Jean-Noël Martin', true],
    ['Bonjour Jean !', 'Jean-Noël Martin', false],
    ['Maelle LEFEVRE told me about you.', 'Maëlle Lefèvre', true],
    ['Sur les conseils de Léa Coeur, je vous écris.', 'Léa Cœur', true],
    ['ANNE-SOPHIE DELORME suggested I write.', 'Anne-Sophie Delorme', true],
    ['Marcel told me about you.', 'Marc Dupont', false],
    ['Al told me about you.', 'Al Stone', false],
    ['Nobody sent me.', 'Marc Dupont', false],
    ['', 'Marc Dupont', false],
  ])('%s / %s → %s, in a draft and in its text alike', (text, name, expected) => {
    expect(mentionsName(text, name)).toBe(expected);
    expect(draftNames(analyzeDraft(text), { id: 'linkedin:in/x', name })).toBe(expected);
  });

  it('a first name another known contact shares is not enough; the full name is', () => {
    expect(mentionsName('Marc told me to write.', 'Marc Dupont', ['Marc Petit'])).toBe(false);
    expect(mentionsName('Marc Dupont told me to write.', 'Marc Dupont', ['Marc Petit'])).toBe(true);
  });

  it('resolves written names to the one known contact they designate, with the same folding', () => {
    const index = new NameIndex([
      { id: 'a', name: 'Marc Dupont' },
      { id: 'b', name: 'Marc Petit' },
      { id: 'c', name: 'Élodie  Durand-Roux' },
      { id: 'd', name: 'Jean-Noël Cœur' },
    ]);
    expect(index.resolve('marc dupont')).toBe('a');
    expect(index.resolve('ELODIE')).toBe('c');
    expect(index.resolve('Élodie Durand')).toBe('c');
    expect(index.resolve('Jean–Noël Coeur')).toBe('d');
    expect(index.resolve('Marc')).toBeUndefined();
    expect(nameTokens('  Jean–Noël   CŒUR ')).toEqual(['jean-noel', 'coeur']);
    // The recommender mention of a draft resolves through the same index, and then counts as named.
    const draft = analyzeDraft('Bonjour, Jean–Noël Coeur m’a conseillé de vous écrire.', [{ id: 'd', name: 'Jean-Noël Cœur' }]);
    expect(draft.recommenders).toMatchObject([{ name: 'Jean–Noël Coeur', contactId: 'd' }]);
    expect(draftNames(draft, { id: 'd', name: 'Jean-Noël Cœur' })).toBe(true);
  });

  it('shows a contact by name, never by an internal id', () => {
    expect(displayName({ id: 'linkedin:in/daniel-okafor', name: '  Daniel   Okafor ' })).toBe('Daniel Okafor');
    expect(displayName({ id: 'linkedin:in/daniel-okafor', name: '' })).toBe('daniel-okafor');
    expect(displayName({ id: 'linkedin:in/ACoAAFnO4TREIt8E1g80tQf-k6PGHfGERFTAy', name: '' })).toBe('?');
    expect(displayName(undefined, 'linkedin:name/marc-dupont')).toBe('?');
  });
});
