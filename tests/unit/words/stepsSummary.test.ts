import { describe, expect, it } from 'vitest';
import type { StepLike } from '../../../utils/words/stepGroups';
import { stepsSummary } from '../../../utils/words/stepsSummary';
import { givenName } from '../../../utils/words/givenName';
import { dayWords } from '../../../utils/words/dayWords';
import { at, NOW } from '../rules/fixtures';

const s = (kind: StepLike['kind'], when: number, outcome?: StepLike['outcome']): StepLike => ({ kind, at: when, ...(outcome ? { outcome } : {}) });

describe('what happened with someone, said once per kind', () => {
  it('"3 meetings since 12 March" / "3 rendez-vous depuis le 12 mars", not "meeting, meeting, meeting"', () => {
    const three = [s('meeting', at(2025, 3, 12)), s('meeting', at(2025, 3, 14)), s('meeting', at(2025, 3, 20))];
    expect(stepsSummary(three, 'en', NOW)).toBe('3 meetings since 12 March');
    expect(stepsSummary(three, 'fr', NOW)).toBe('3 rendez-vous depuis le 12 mars');
  });

  it('several kinds in the order they began; one step is dated "on"', () => {
    const story = [s('meeting', at(2025, 3, 5)), s('message-sent', at(2025, 3, 1)), s('outcome', at(2025, 3, 8), 'interview'), s('meeting', at(2025, 3, 9))];
    expect(stepsSummary(story, 'en', NOW)).toBe('a first message, 2 meetings and an interview since 1 March');
    expect(stepsSummary(story, 'fr', NOW)).toBe('un premier message, 2 rendez-vous et un entretien depuis le 1er mars');
    expect(stepsSummary([s('call', at(2025, 2, 2))], 'fr', NOW)).toBe('un appel le 2 février');
  });

  it('how it ended closes the line; an outcome without a value is news; nothing is nothing', () => {
    expect(stepsSummary([s('outcome', at(2025, 3, 1), 'interview'), s('outcome', at(2025, 3, 9), 'hired')], 'fr', NOW)).toBe('un entretien le 1er mars — poste obtenu');
    expect(stepsSummary([s('outcome', at(2025, 3, 9), 'rejected')], 'en', NOW)).toBe('not selected on 9 March');
    expect(stepsSummary([s('outcome', at(2025, 3, 9))], 'en', NOW)).toBe('some news on 9 March');
    expect(stepsSummary([], 'fr', NOW)).toBe('');
  });
});

describe('names and days as a sentence says them', () => {
  it.each([
    ['Daniel Okafor', 'Daniel'],
    ['Marie-Hélène Lévêque', 'Marie-Hélène'],
    ['Jean-Baptiste de La Tour', 'Jean-Baptiste'],
    ['Ingrid van Dijk', 'Ingrid'],
    ['Anne Sophie Delorme', 'Anne Sophie Delorme'],
    ['Marc Dupont, PhD', 'Marc'],
    ['Zoé', 'Zoé'],
    ['  Théo   Girard  ', 'Théo'],
  ])('%s is greeted as %s', (full, given) => expect(givenName(full)).toBe(given));

  it('the first of the month in French, the year when it is not this one', () => {
    expect(dayWords(at(2025, 3, 1), 'fr', NOW)).toBe('1er mars');
    expect(dayWords(at(2025, 3, 11), 'fr', NOW)).toBe('11 mars');
    expect(dayWords(at(2024, 11, 1), 'en', NOW)).toBe('1 November 2024');
  });
});
