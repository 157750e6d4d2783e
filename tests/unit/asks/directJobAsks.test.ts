import { describe, expect, it } from 'vitest';
import { classifyAsks } from '../../../utils/asks';

// Asking for the job itself, in the plainest words: the most common ask beyond a contact's reach.
describe('direct requests for a job', () => {
  it.each([
    'Bonjour, auriez-vous un poste à me proposer ?',
    'Pourriez-vous me recruter dans votre équipe ?',
    'Est-ce que vous pourriez m’embaucher en CDI ?',
    'Would you have a position for me?',
    'Could you take me on as an intern this summer?',
    'Is there any opening for me in your team?',
  ])('“%s” asks for a job', (text) => {
    expect(classifyAsks(text).asks).toContain('job');
  });

  it.each([
    'Je ne vous demande pas de m’embaucher, juste un conseil.',
    'I’m not asking you to hire me, only for 15 minutes of advice.',
    'Merci de m’avoir recruté l’an dernier !',
  ])('“%s” does not', (text) => {
    expect(classifyAsks(text).asks).not.toContain('job');
  });
});
