import { describe, expect, it } from 'vitest';
import { countList, countText } from '../../../components/options/formatting';

const counts = { contacts: 1, interactions: 1234, introductions: 0, nextSteps: 2, recommendationsMade: 0, dueStates: 1 };

describe('counts in words', () => {
  it('agrees in number, in each language', () => {
    expect(countText('en', 'contacts', 1)).toBe('1 contact');
    expect(countText('en', 'contacts', 0)).toBe('0 contacts');
    expect(countText('fr', 'interactions', 0)).toBe('0 échange');
    expect(countText('fr', 'records', 2)).toBe('2 enregistrements');
  });

  it('lists what a table holds, leaving out the empty ones, with the language’s own list and number style', () => {
    expect(countList('en', counts)).toBe('1 contact, 1,234 interactions, 2 next steps and promises, and 1 snoozed or dismissed reminder');
    expect(countList('fr', counts)).toBe('1 contact, 1\u202f234 échanges, 2 prochaines étapes et promesses et 1 rappel reporté ou écarté');
    expect(countList('en', { ...counts, contacts: 0, interactions: 0, nextSteps: 0, dueStates: 0 })).toBe('0 contacts');
  });
});
