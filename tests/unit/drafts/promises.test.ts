import { describe, expect, it } from 'vitest';
import { deliversPromise, findPromises } from '../../../utils/drafts/promises';

describe('findPromises', () => {
  it.each([
    ['Ravie de cet échange ! Je vous envoie le lien vers l’étude demain.', 'link'],
    ['Je te tiens au courant de la suite.', 'update'],
    ['Je vous fais suivre ma présentation dans la journée.', 'document'],
    ['Je reviens vers vous la semaine prochaine.', 'update'],
    ['Je vous rappelle jeudi pour caler la suite.', 'call'],
    ["I'll send you the article tonight.", 'link'],
    ["I'll let you know how it goes with the interview.", 'update'],
    ['Will circle back once I have the numbers.', 'update'],
    ["I'm going to forward you the deck tomorrow.", 'document'],
  ])('%s → %s', (text, what) => {
    const [p] = findPromises(text);
    expect(p?.what).toBe(what);
    expect(text).toContain(p?.text);
  });

  it.each([
    'I sent you the link yesterday.',
    'Je vous ai envoyé le lien hier.',
    "I won't send the deck before Monday's review.",
    'I can send it if you like.',
    'Merci pour le lien !',
    '',
  ])('no promise in: %s', (text) => {
    expect(findPromises(text)).toEqual([]);
  });

  it('keeps the sentence as written, one promise per sentence', () => {
    const ps = findPromises('Merci encore ! Je t’envoie l’article ce soir et je te tiens au courant.');
    expect(ps).toHaveLength(1);
    expect(ps[0]?.text).toBe('Je t’envoie l’article ce soir et je te tiens au courant.');
  });
});

describe('deliversPromise', () => {
  const link = { text: 'Je vous envoie le lien demain.', what: 'link' as const };
  const doc = { text: "I'll send you the deck.", what: 'document' as const };
  const update = { text: "I'll let you know how it goes.", what: 'update' as const };
  const call = { text: 'Je vous rappelle jeudi.', what: 'call' as const };

  it('a link or an attachment delivers a link or a document', () => {
    expect(deliversPromise(link, 'Voici le lien promis : https://exemple.fr/etude')).toBe(true);
    expect(deliversPromise(doc, 'Here is the deck, attached.')).toBe(true);
    expect(deliversPromise(link, 'Merci encore pour votre temps !')).toBe(false);
  });
  it('news delivers an update', () => {
    expect(deliversPromise(update, 'Quick update: I got the offer, thanks again for the intro!')).toBe(true);
    expect(deliversPromise(update, 'Are you free on Monday?')).toBe(false);
  });
  it('a proposed time delivers a call', () => {
    expect(deliversPromise(call, 'Seriez-vous disponible jeudi à 14h ?')).toBe(true);
  });
  it('empty or missing text delivers nothing', () => {
    expect(deliversPromise(link, '')).toBe(false);
    expect(deliversPromise(link, undefined as unknown as string)).toBe(false);
  });
});
