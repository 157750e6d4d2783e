import { describe, expect, it } from 'vitest';
import type { StepLike } from '../../../utils/words/stepGroups';
import { updateOwedText } from '../../../utils/words/updateOwed';
import { at, NOW } from '../rules/fixtures';

const NBSP = '\u00a0';
const s = (kind: StepLike['kind'], when: number, outcome?: StepLike['outcome']): StepLike => ({ kind, at: when, ...(outcome ? { outcome } : {}) });

describe('the update owed to a recommender, to copy (one template for the due list and the pre-send check)', () => {
  const story = [s('message-sent', at(2025, 3, 1)), s('message-received', at(2025, 3, 3)), s('meeting', at(2025, 3, 5)), s('meeting', at(2025, 3, 7)), s('meeting', at(2025, 3, 10))];

  it('French: greets by the given name, says each kind of step once, dated, with French typography', () => {
    const text = updateOwedText({ recommenderName: 'Marc Dupont', aboutName: 'Daniel Okafor', steps: story, now: NOW }, 'fr');
    expect(text).toBe(
      [
        'Bonjour Marc,',
        `Je voulais vous dire où en est mon échange avec Daniel Okafor${NBSP}: je lui ai écrit le 1er mars, j’ai reçu sa réponse le 3 mars et nous avons eu 3 rendez-vous depuis le 5 mars.`,
        'Merci encore pour la mise en relation, je vous tiens au courant de la suite.',
      ].join('\n\n'),
    );
  });

  it('English: the same story', () => {
    const text = updateOwedText({ recommenderName: 'Marc Dupont', aboutName: 'Daniel Okafor', steps: story, now: NOW }, 'en');
    expect(text).toBe(
      [
        'Hi Marc,',
        'I wanted to let you know how things are going with Daniel Okafor: I wrote on 1 March, I got a reply on 3 March and we have met 3 times since 5 March.',
        'Thank you again for the introduction; I will keep you posted.',
      ].join('\n\n'),
    );
  });

  it('accents and compound names are kept whole; an ambiguous given name greets by the full name', () => {
    const fr = updateOwedText({ recommenderName: 'Jean-Baptiste de La Tour', aboutName: 'Maëlle Lévêque-Østergaard', steps: [s('call', at(2025, 2, 20))], now: NOW }, 'fr');
    expect(fr).toMatch(/^Bonjour Jean-Baptiste,/);
    expect(fr).toContain(`avec Maëlle Lévêque-Østergaard${NBSP}: nous nous sommes parlé au téléphone le 20 février.`);
    const en = updateOwedText({ recommenderName: 'Anne Sophie Delorme', aboutName: 'Élodie Marchand', steps: [s('invite-sent', at(2025, 2, 20))], now: NOW }, 'en');
    expect(en).toMatch(/^Hi Anne Sophie Delorme,/);
    expect(en).toContain('with Élodie Marchand: I sent an invitation to connect on 20 February.');
    expect(updateOwedText({ recommenderName: 'Marie-Hélène Lévêque, PhD', aboutName: 'Zoé', steps: [], now: NOW }, 'fr')).toMatch(/^Bonjour Marie-Hélène,/);
  });

  it('an outcome recorded without saying which is "some news"; no step at all still makes a letter', () => {
    const fr = updateOwedText({ recommenderName: 'Marc Dupont', aboutName: 'Sophie Martin', steps: [s('outcome', at(2025, 3, 5))], now: NOW }, 'fr');
    expect(fr).toContain(`avec Sophie Martin${NBSP}: il y a eu du nouveau.`);
    expect(fr).not.toContain('undefined');
    const en = updateOwedText({ recommenderName: 'Marc Dupont', aboutName: 'Sophie Martin', steps: [], now: NOW }, 'en');
    expect(en.split('\n\n')[1]).toBe('I wanted to let you know how things are going with Sophie Martin.');
  });

  it('thanks fit how it ended: hired, not selected, and the chain', () => {
    const hired = [s('outcome', at(2025, 2, 10), 'interview'), s('outcome', at(2025, 2, 10), 'interview'), s('outcome', at(2025, 3, 1), 'hired')];
    const fr = updateOwedText({ recommenderName: 'Marc Dupont', aboutName: 'Sophie Martin', steps: hired, now: NOW }, 'fr');
    expect(fr).toContain('j’ai passé 2 entretiens depuis le 10 février et j’ai obtenu le poste le 1er mars.');
    expect(fr).toContain('elle a vraiment compté.');
    const en = updateOwedText({ recommenderName: 'Marc Dupont', aboutName: 'Sophie Martin', steps: [s('outcome', at(2025, 3, 1), 'interview'), s('outcome', at(2025, 3, 8), 'rejected')], now: NOW }, 'en');
    expect(en).toContain('I had an interview on 1 March and in the end my application was not successful.');
    expect(en).toContain('I am keeping at it');
    const chain = updateOwedText({ recommenderName: 'Anne Leroy', aboutName: 'Sophie Martin', viaName: 'Marc Dupont', steps: [s('meeting', at(2025, 3, 5))], now: NOW }, 'fr');
    expect(chain).toContain('avec Sophie Martin, dont Marc Dupont m’avait donné le contact');
    expect(chain).toContain('tout est parti de votre mise en relation');
  });

  it('a date of another year says its year', () => {
    const en = updateOwedText({ recommenderName: 'Marc Dupont', aboutName: 'Sophie Martin', steps: [s('meeting', at(2024, 12, 18))], now: NOW }, 'en');
    expect(en).toContain('we met on 18 December 2024.');
  });
});
