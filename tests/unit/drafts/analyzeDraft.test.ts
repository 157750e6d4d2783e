import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '../../../utils/drafts/analyzeDraft';
import { hasLink } from '../../../utils/drafts/links';

const known = [{ id: 'linkedin:in/marc-dupont', name: 'Marc Dupont' }];

describe('analyzeDraft', () => {
  it('puts together language, asks, recommender, promises, interest and links', () => {
    const a = analyzeDraft(
      "Bonjour Claire, Marc m'a conseillé de vous écrire. Pourriez-vous me coopter pour le poste de juriste ? Je vous envoie mon CV ce soir : https://exemple.fr/cv",
      known,
    );
    expect(a.lang).toBe('fr');
    expect(a.asks.asks).toEqual(['referral']);
    expect(a.recommenders).toEqual([{ name: 'Marc', contactId: 'linkedin:in/marc-dupont', cue: "m'a conseillé de vous" }]);
    expect(a.promises.map((p) => p.what)).toEqual(['document']);
    expect(a.interest.recipientRefs).toBeGreaterThan(0);
    expect(a.hasLink).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['emoji only', '🎉'.repeat(500)],
    ['HTML-looking', '<img src=x onerror=alert(1)><div>'.repeat(200)],
    ['not a string', 12 as unknown as string],
  ])('%s → a sane empty analysis', (_n, text) => {
    const a = analyzeDraft(text, known);
    expect(a.asks.asks).toEqual(['none']);
    expect(a.recommenders).toEqual([]);
    expect(a.promises).toEqual([]);
    expect(a.hasLink).toBe(false);
  });

  it.each([
    ['ampersands', '&'.repeat(100_000)],
    ['unclosed tags', '<a'.repeat(50_000)],
    ['lone surrogates', '\ud800'.repeat(50_000)],
    ['a repeated cue', 'via Marc Dupont '.repeat(6000)],
    ['one long word', 'x'.repeat(100_000)],
  ])('survives 100 KB of %s', (_n, text) => {
    const a = analyzeDraft(text, known);
    expect(a.asks.asks.length).toBeGreaterThan(0);
    expect(a.recommenders.length).toBeLessThanOrEqual(1);
  });

  it('reads only the beginning of a 100 KB paste, without throwing', () => {
    const a = analyzeDraft('Could you refer me for the analyst role? '.repeat(2500), known);
    expect(a.text.length).toBeGreaterThan(100_000);
    expect(a.asks.asks).toEqual(['referral']);
  });
});

describe('hasLink', () => {
  it.each([
    ['https://example.com/a', true],
    ['see www.relais.app for more', true],
    ['my work: prakhar.codes', true],
    ['lnkd.in/abc123', true],
    ['[link]', false],
    ['{{link}}', false],
    ['e.g. this, i.e. that', false],
    ['Node.js and M. Dupont', false],
  ])('%s → %s', (text, expected) => {
    expect(hasLink(text)).toBe(expected);
  });
});
