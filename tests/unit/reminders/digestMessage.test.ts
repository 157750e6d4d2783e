import { describe, expect, it } from 'vitest';
import type { DueItem } from '../../../utils/engine/dueItems';
import { digestMessage } from '../../../utils/reminders/digestMessage';

const item = (k: number): DueItem => ({
  category: 'keep-warm',
  finding: { rule: 'keep-warm', key: `keep-warm:linkedin:in/p${k}:1`, severity: 'low', reason: { en: `Write to Person ${k}`, fr: `Écrire à Personne ${k}` }, principle: { en: '', fr: '' } } as never,
});

describe('digestMessage: the daily notification from the first items and the total', () => {
  it('counts the whole list, names the first three, says how many more', () => {
    const text = digestMessage([item(1), item(2), item(3)], 5_367, 'en')!;
    expect(text.title).toBe('Relais — 5367 things to do');
    expect(text.message.split('\n')).toEqual(['• Write to Person 1', '• Write to Person 2', '• Write to Person 3', '… and 5364 more']);
    expect(digestMessage([item(1), item(2), item(3)], 5_367, 'fr')!.message).toContain('… et 5364 de plus');
  });

  it('one thing, in both languages', () => {
    expect(digestMessage([item(1)], 1, 'fr')).toEqual({ title: 'Relais — 1 chose à faire', message: '• Écrire à Personne 1' });
    expect(digestMessage([item(1)], 1, 'en')?.title).toBe('Relais — 1 thing to do');
  });

  it('nothing due, or a broken total: no notification, or the items it has', () => {
    expect(digestMessage([], 0, 'en')).toBeNull();
    expect(digestMessage([], Number.NaN, 'en')).toBeNull();
    expect(digestMessage([item(1), item(2)], Number.NaN, 'en')?.title).toBe('Relais — 2 things to do');
  });
});
