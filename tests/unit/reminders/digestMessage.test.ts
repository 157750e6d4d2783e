import { describe, expect, it } from 'vitest';
import type { DueCard } from '../../../utils/engine/dueListQuery';
import { digestMessage } from '../../../utils/reminders/digestMessage';

const card = (k: number, summary = { en: `Last exchange ${k} months ago`, fr: `Dernier échange il y a ${k} mois` }): DueCard => ({
  contactId: `linkedin:in/p${k}`,
  name: `Élodie Person-${k}`,
  lead: 'keep-warm',
  dueAt: 0,
  items: [
    {
      category: 'keep-warm',
      finding: { rule: 'keep-warm', key: `keep-warm:linkedin:in/p${k}:1`, severity: 'low', reason: { en: `Write to Person ${k}`, fr: `Écrire à Personne ${k}` }, summary, principle: { en: '', fr: '' } } as never,
    },
  ],
});

describe('digestMessage: the daily notification counts today’s list, not everything', () => {
  it('one line per person of today, with the most valuable thing owed them', () => {
    const text = digestMessage([card(1), card(2), card(3)], 'en')!;
    expect(text.title).toBe('Relais — 3 things for today');
    expect(text.message.split('\n')).toEqual(['• Élodie Person-1 — last exchange 1 months ago', '• Élodie Person-2 — last exchange 2 months ago', '• Élodie Person-3 — last exchange 3 months ago']);
  });

  it('one person, in both languages', () => {
    const update = card(1, { en: 'Tell them how it went with Daniel Okafor: 3 meetings since 12 March', fr: 'Lui dire où vous en êtes avec Daniel Okafor : 3 rendez-vous depuis le 12 mars' });
    expect(digestMessage([update], 'fr')).toEqual({ title: 'Relais — 1 chose pour aujourd’hui', message: '• Élodie Person-1 — lui dire où vous en êtes avec Daniel Okafor : 3 rendez-vous depuis le 12 mars' });
    expect(digestMessage([update], 'en')?.title).toBe('Relais — 1 thing for today');
  });

  it('nothing for today: no notification', () => {
    expect(digestMessage([], 'en')).toBeNull();
  });
});
