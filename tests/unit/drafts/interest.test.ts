import { describe, expect, it } from 'vitest';
import { interestSignals } from '../../../utils/drafts/interest';

describe('interestSignals (rule "no-interest-shown")', () => {
  it('counts a draft that only talks about its sender', () => {
    const s = interestSignals('I am a senior engineer. My last project cut costs by 20%. I built it myself and I am proud of my team.');
    expect(s.selfRefs).toBeGreaterThanOrEqual(5);
    expect(s.recipientRefs).toBe(0);
    expect(s.questionsToRecipient).toBe(0);
  });

  it('sees questions about the recipient, in both languages', () => {
    expect(interestSignals('What drew you to robotics after your PhD?').questionsToRecipient).toBe(1);
    expect(interestSignals('Comment êtes-vous arrivée à ce poste, et quel est le plus grand défi de votre équipe ?').questionsToRecipient).toBe(1);
  });

  it('does not count small talk or requests for time as interest', () => {
    expect(interestSignals('How are you? Do you have 15 minutes for a call?').questionsToRecipient).toBe(0);
    expect(interestSignals('Comment vas-tu ? Aurais-tu un moment cette semaine ?').questionsToRecipient).toBe(0);
  });

  it('ignores template slots such as [Your Name]', () => {
    expect(interestSignals('Best, [Your Name]').recipientRefs).toBe(0);
  });

  it('counts French forms', () => {
    const s = interestSignals("Je t'écris car ton parcours m'inspire : qu'est-ce qui t'a donné envie de créer ton studio ?");
    expect(s.selfRefs).toBeGreaterThanOrEqual(2);
    expect(s.recipientRefs).toBeGreaterThanOrEqual(3);
    expect(s.questionsToRecipient).toBe(1);
  });

  it('returns zeros for empty or odd input', () => {
    expect(interestSignals('')).toEqual({ selfRefs: 0, recipientRefs: 0, questionsToRecipient: 0 });
    expect(interestSignals(null as unknown as string)).toEqual({ selfRefs: 0, recipientRefs: 0, questionsToRecipient: 0 });
  });
});
