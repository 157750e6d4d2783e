import { describe, expect, it } from 'vitest';
import { mentionsName, NameIndex } from '../../../utils/drafts/names';

describe('mentionsName (rule "recommender-not-named")', () => {
  it.each([
    ['Marc Dupont m’a suggéré de vous écrire.', 'Marc Dupont', true],
    ['marc dupont says hi', 'Marc Dupont', true],
    ['Marc m’a parlé de vous.', 'Marc Dupont', true],
    ['Merci M. Dupont pour votre temps.', 'Marc Dupont', true],
    ['Bonjour Jean-Noël !', 'Jean-Noël Martin', true],
    ['Bonjour Jean !', 'Jean-Noël Martin', false],
    ['Maelle LEFEVRE told me about you.', 'Maëlle Lefèvre', true],
    ['Marcel told me about you.', 'Marc Dupont', false],
    ['Nobody sent me.', 'Marc Dupont', false],
    ['', 'Marc Dupont', false],
  ])('%s / %s → %s', (text, name, expected) => {
    expect(mentionsName(text, name)).toBe(expected);
  });

  it('does not accept a first name another known contact shares', () => {
    expect(mentionsName('Marc told me to write.', 'Marc Dupont', ['Marc Petit'])).toBe(false);
    expect(mentionsName('Marc Dupont told me to write.', 'Marc Dupont', ['Marc Petit'])).toBe(true);
  });
});

describe('NameIndex', () => {
  const index = new NameIndex([
    { id: 'a', name: 'Marc Dupont' },
    { id: 'b', name: 'Marc Petit' },
    { id: 'c', name: 'Élodie  Durand-Roux' },
  ]);
  it('resolves full names and unique first names, accent- and case-insensitively', () => {
    expect(index.resolve('marc dupont')).toBe('a');
    expect(index.resolve('ELODIE')).toBe('c');
    expect(index.resolve('Élodie Durand')).toBe('c');
  });
  it('refuses an ambiguous first name', () => {
    expect(index.resolve('Marc')).toBeUndefined();
  });
});
