import { describe, expect, it } from 'vitest';
import { assessReach } from '../../../utils/reach/assessReach';
import { readRole } from '../../../utils/reach/hiringRole';
import type { AskType, Contact, Interaction, ReachVerdict } from '../../../utils/model/types';

const at = (y: number, m: number, d: number) => new Date(y, m - 1, d, 10).getTime();
const person = (slug: string, name: string, extra: Partial<Contact> = {}): Contact => ({
  id: `linkedin:in/${slug}`, site: 'linkedin', name, aliases: [], createdAt: 0, updatedAt: 0, ...extra,
});
const act = (c: Contact, kind: Interaction['kind'], when: number): Interaction => ({
  key: `${c.id}:${kind}:${when}`, contactId: c.id, kind, at: when, site: 'linkedin', source: 'capture',
});

const dev = person('dev', 'Sophie Martin', { headline: 'Développeuse backend chez Acme', company: 'Acme', degree: 2, mutualCount: 3 });
const recruiter = person('rec', 'Julie Roux', { headline: 'Chargée de recrutement — Acme', degree: 2 });
const head = person('head', 'Paul Henri', { title: 'Head of Engineering', company: 'Acme', degree: 2 });
const founder = person('fnd', 'Ana Lopes', { headline: 'Co-fondatrice & CEO @ Tiny', degree: 3 });
const hiringDev = person('hdev', 'Léo Blanc', { headline: 'Software engineer', hiring: true, degree: 2 });
const seeker = person('seek', 'Max Petit', { headline: 'Product designer', openToWork: true, degree: 2 });
const blank = person('blank', 'Nadia K', {});
const colleague = person('col', 'Tom Vidal', { headline: 'Data analyst at Acme', company: 'Acme', degree: 1, workedWith: true });
const exRecruiter = person('exr', 'Iris N', { headline: 'Ex-recruiter, now product manager', degree: 2 });
const student = person('stu', 'Yann T', { headline: 'Étudiant en école de commerce | futur CEO', degree: 2 });

const met = (c: Contact): Interaction[] => [act(c, 'meeting', at(2025, 1, 10))];

describe('assessReach: what a contact can grant (seed 001: « une demande à votre portée »)', () => {
  it.each<[string, Contact, AskType, Interaction[], ReachVerdict]>([
    ['job from a developer with no hiring signal', dev, 'job', [], 'beyond'],
    ['job from a recruiter (French title)', recruiter, 'job', [], 'within'],
    ['job from a head of engineering', head, 'job', [], 'within'],
    ['job from a founder/CEO', founder, 'job', [], 'within'],
    ['job from someone whose profile says they are hiring', hiringDev, 'job', [], 'within'],
    ['job from someone open to work', seeker, 'job', [], 'beyond'],
    ['job from someone whose role is unknown', blank, 'job', [], 'unknown'],
    ['job from a former recruiter', exRecruiter, 'job', [], 'beyond'],
    ['job from a student, whatever the headline dreams of', student, 'job', [], 'beyond'],
    ['referral from a developer you never worked with', dev, 'referral', [], 'beyond'],
    ['referral from a former colleague (they can vouch)', colleague, 'referral', [], 'within'],
    ['referral from a recruiter you have met', recruiter, 'referral', met(recruiter), 'within'],
    ['referral from a recruiter who never met you', recruiter, 'referral', [], 'unknown'],
    ['referral from someone open to work', seeker, 'referral', [], 'beyond'],
    ['intro from a 2nd-degree stranger', dev, 'intro', [], 'beyond'],
    ['intro from someone you met: connections unknown', dev, 'intro', met(dev), 'unknown'],
    ['intro from a colleague: connections unknown', colleague, 'intro', [], 'unknown'],
    ['endorsement from someone you never worked with', head, 'endorsement', met(head), 'beyond'],
    ['endorsement from a former colleague', colleague, 'endorsement', [], 'within'],
    ['business with a founder', founder, 'business', [], 'within'],
    ['business with a stranger without decision role', dev, 'business', [], 'beyond'],
    ['business with an unknown role', blank, 'business', [], 'unknown'],
    ['advice from anyone', dev, 'advice', [], 'within'],
    ['advice from a stranger with no title', blank, 'advice', [], 'within'],
    ['an update to anyone', dev, 'update', [], 'within'],
    ['nothing asked', blank, 'none', [], 'within'],
  ])('%s', (_label, contact, ask, history, verdict) => {
    const r = assessReach(contact, ask, history);
    expect(r.verdict).toBe(verdict);
    expect(r.reasons.length).toBeGreaterThan(0);
    for (const reason of r.reasons) {
      expect(reason.en.trim()).not.toBe('');
      expect(reason.fr.trim()).not.toBe('');
    }
  });

  it('says why in readable fragments: "no hiring signal; 2nd-degree; 3 mutual connections; you never worked together"', () => {
    const r = assessReach(dev, 'job', []);
    const en = r.reasons.map((x) => x.en).join('; ');
    const fr = r.reasons.map((x) => x.fr).join(' ; ');
    expect(en).toBe('no hiring signal; 2nd-degree; 3 mutual connections; you never worked together');
    expect(fr).toContain('aucun signal de recrutement');
    expect(fr).toContain('2e niveau');
    expect(fr).toContain('jamais travaillé ensemble');
  });

  it('names the title that gives the power to hire', () => {
    const r = assessReach(head, 'job', []);
    expect(r.reasons[0].en).toContain('Head of Engineering');
    expect(r.reasons[0].fr).toContain('Head of Engineering');
  });

  it('the user’s override always wins, both ways', () => {
    const overruled = { ...dev, reachOverrides: { job: 'within' as const } };
    expect(assessReach(overruled, 'job', []).verdict).toBe('within');
    expect(assessReach(overruled, 'job', [])).toMatchObject({ reasons: [{ en: expect.stringContaining('your own setting') }] });
    const doubted = { ...recruiter, reachOverrides: { job: 'beyond' as const, advice: 'unknown' as const } };
    expect(assessReach(doubted, 'job', []).verdict).toBe('beyond');
    expect(assessReach(doubted, 'advice', []).verdict).toBe('unknown');
    // Other asks still follow the profile.
    expect(assessReach(doubted, 'endorsement', []).verdict).toBe('beyond');
  });

  it('a reply counts as shared history for an introduction', () => {
    const replied = { ...dev, lastReplyAt: at(2025, 1, 2) };
    expect(assessReach(replied, 'intro', []).verdict).toBe('unknown');
  });

  it.each([
    ['a contact with nothing but an id', { id: 'linkedin:in/x', site: 'linkedin', name: '', aliases: [], createdAt: 0, updatedAt: 0 } as Contact],
    ['an enormous hostile headline', person('h', '<img onerror=x>', { headline: '<script>'.repeat(50_000) })],
    ['emoji only', person('e', '🙂', { headline: '🚀🚀🚀', title: '🔥' })],
  ])('gives a sane answer for %s', (_l, contact) => {
    for (const ask of ['job', 'referral', 'advice', 'intro', 'business', 'endorsement', 'update', 'none'] as AskType[]) {
      const r = assessReach(contact, ask, []);
      expect(['within', 'beyond', 'unknown']).toContain(r.verdict);
    }
  });

  it('an unknown ask type or broken history does not throw', () => {
    expect(assessReach(dev, 'bogus' as AskType, []).verdict).toBe('unknown');
    expect(assessReach(dev, 'job', [null as unknown as Interaction]).verdict).toBe('beyond');
    expect(assessReach(dev, 'job', undefined as unknown as Interaction[]).verdict).toBe('beyond');
  });
});

describe('readRole: hiring roles in French and English titles', () => {
  it.each([
    ['Talent Acquisition Manager', 'recruiter'],
    ['DRH groupe', 'recruiter'],
    ['Responsable RH', 'recruiter'],
    ['HR Business Partner', 'recruiter'],
    ['Chargé de recrutement IT', 'recruiter'],
    ['Directrice technique', 'leader'],
    ['Fondateur @ Start', 'leader'],
    ['VP Sales EMEA', 'leader'],
    ['Engineering Manager', 'leader'],
    ['Hiring manager, data team', 'leader'],
    ['Product Owner', 'none'],
    ['Account manager', 'none'],
    ['Développeur Rhône-Alpes', 'none'],
    ['Former Head of Sales, now consultant', 'none'],
    ['Stagiaire RH', 'none'],
  ])('%s → %s', (headline, kind) => {
    expect(readRole({ headline }).kind).toBe(kind);
  });

  it('no title or headline: unknown, even with a company', () => {
    expect(readRole({}).kind).toBe('unknown');
    expect(readRole({ headline: '   ' }).kind).toBe('unknown');
  });
});
