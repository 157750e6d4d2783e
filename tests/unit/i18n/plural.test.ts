import { describe, expect, it } from 'vitest';
import { plural, pluralCategory } from '../../../utils/i18n/plural';

describe('plural: the language’s own rules', () => {
  it('English: one is singular, zero is plural', () => {
    expect(plural('en', 'checklist.summary.toFix', 1)).toBe('1 thing to fix before sending');
    expect(plural('en', 'checklist.summary.toFix', 2)).toBe('2 things to fix before sending');
    expect(plural('en', 'checklist.summary.toFix', 0)).toBe('0 things to fix before sending');
  });

  it('French: zero and one are singular', () => {
    expect(plural('fr', 'checklist.summary.toFix', 0)).toBe('0 point à corriger avant d’envoyer');
    expect(plural('fr', 'checklist.summary.toFix', 1)).toBe('1 point à corriger avant d’envoyer');
    expect(plural('fr', 'checklist.summary.toFix', 3)).toBe('3 points à corriger avant d’envoyer');
    expect(pluralCategory('fr', 0)).toBe('one');
    expect(pluralCategory('en', 0)).toBe('other');
  });

  it('a form for an exact number wins: once, twice, 3 times; une fois, deux fois, 3 fois', () => {
    expect([1, 2, 3].map((n) => plural('en', 'count.times', n))).toEqual(['once', 'twice', '3 times']);
    expect([1, 2, 3].map((n) => plural('fr', 'count.times', n))).toEqual(['une fois', 'deux fois', '3 fois']);
  });

  it('a category the dictionaries do not spell out (French "many", for a million) falls back to the general form', () => {
    expect(plural('fr', 'count.times', 1_000_000)).toMatch(/^1\s000\s000 fois$/u);
    expect(plural('en', 'count.times', 1_000_000)).toBe('1,000,000 times');
  });
});
