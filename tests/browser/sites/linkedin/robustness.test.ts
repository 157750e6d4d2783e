// LinkedIn changes its pages without notice. Damaged fixtures (random nodes removed, or every class
// name replaced by a hash as in the 2025–26 redesign) must never make a parser throw or report
// something false: each result is either what the intact page gives (possibly incomplete) or "not
// recognised". The reliability issue raises the run count.
import { describe, expect, it } from 'vitest';
import {
  parseInvitationDialog, parseOverlayBubbles, parseProfile, parseThreadPage, queryAllDeep,
  type ConversationView, type InvitationView, type ProfileView,
} from '../../../../utils/sites/linkedin';
import { extendsName } from '../../../../utils/people/fullestName';
import { fixtureNames, loadFixture, NOW, URLS } from './loadPage';

export const RUNS = Number(import.meta.env.RELAIS_ROBUSTNESS_RUNS ?? 200);
const VIEWER = 'camille durand';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}
const squash = (t: string) => t.replace(/\s+/g, '');
const fold = (t: string) => t.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();

function parseAll(doc: Document, url: string) {
  return {
    thread: parseThreadPage(doc, url, { now: NOW }),
    bubbles: parseOverlayBubbles(doc, { now: NOW }),
    invitation: parseInvitationDialog(doc, url),
    profile: parseProfile(doc, url),
  };
}

function mutate(doc: Document, random: () => number): string {
  const els = queryAllDeep(doc, 'body *');
  if (random() < 0.3) {
    for (const el of els) {
      const cls = el.getAttribute('class');
      if (cls) el.setAttribute('class', cls.split(/\s+/).filter(Boolean).map((c) => `_${(c.length * 2654435761 + c.charCodeAt(0)) .toString(16).slice(-6)}`).join(' '));
    }
    return 'hashed every class';
  }
  const n = 1 + Math.floor(random() * 6);
  for (let i = 0; i < n && els.length; i++) els.splice(Math.floor(random() * els.length), 1)[0]?.remove();
  return `removed ${n} nodes`;
}

function checkConversation(got: ConversationView, truth: ConversationView[]) {
  const people = new Set(truth.flatMap((t) => t.participants.map((p) => fold(p.name))));
  const texts = truth.flatMap((t) => t.messages);
  for (const p of got.participants) {
    expect(fold(p.name)).not.toBe(VIEWER);
    expect(people.has(fold(p.name))).toBe(true);
  }
  for (const m of got.messages) {
    const same = texts.filter((t) => squash(t.text).includes(squash(m.text)));
    expect(same.length).toBeGreaterThan(0);
    if (same.length === 1 && m.text.length > 10) expect(m.fromMe).toBe(same[0].fromMe);
  }
}

describe(`${RUNS} damaged fixtures`, () => {
  const names = fixtureNames();
  const truths = Object.fromEntries(names.map((n) => [n, parseAll(loadFixture(n, URLS[n]), URLS[n])]));

  it('never throw and never report something false', () => {
    const random = rng(20260312);
    for (let run = 0; run < RUNS; run++) {
      const name = names[Math.floor(random() * names.length)];
      const doc = loadFixture(name, URLS[name]);
      const how = mutate(doc, random);
      const truth = truths[name];
      let got!: ReturnType<typeof parseAll>;
      expect(() => (got = parseAll(doc, URLS[name])), `${name}: ${how}`).not.toThrow();
      const threadTruth = truth.thread.recognised ? [truth.thread as ConversationView] : [];
      if (got.thread.recognised) checkConversation(got.thread, threadTruth);
      for (const b of got.bubbles) checkConversation(b, truth.bubbles);
      if (got.invitation.recognised) {
        const t = truth.invitation as InvitationView;
        const g = got.invitation as InvitationView;
        expect(t.recognised, `${name}: ${how}`).toBe(true);
        // A damaged page may name them less fully ("Julie" for "Julie Petit"), never as someone else.
        if (g.invitee.name) expect(g.invitee.name === t.invitee.name || extendsName(t.invitee.name, g.invitee.name), `${g.invitee.name} for ${t.invitee.name}`).toBe(true);
        if (g.invitee.profileUrl) expect(g.invitee.profileUrl).toBe(t.invitee.profileUrl);
        if (g.note) expect(g.note).toBe(t.note);
      }
      if (got.profile.recognised) {
        const t = truth.profile as ProfileView;
        const g = got.profile as ProfileView;
        expect(g.name, `${name}: ${how}`).toBe(t.name);
        expect(g.profileUrl).toBe(t.profileUrl);
        if (g.degree) expect(g.degree).toBe(t.degree);
        if (g.memberProfileUrl) expect(g.memberProfileUrl).toBe(t.memberProfileUrl);
        for (const n of g.mutualNames) expect(t.mutualNames).toContain(n);
        if (g.hiring) expect(t.hiring).toBe(true);
        if (g.openToWork) expect(t.openToWork).toBe(true);
      }
    }
  }, 180_000); // a functional check, not a timing one: generous on a loaded machine

  it('still reads the 2025–26-style pages with every class name hashed', () => {
    const doc = loadFixture('overlay-2026-en.html', URLS['overlay-2026-en.html']);
    for (const el of queryAllDeep(doc, '[class]')) el.setAttribute('class', 'x' + (el.getAttribute('class') ?? '').length);
    const bubbles = parseOverlayBubbles(doc, { now: NOW });
    expect(bubbles.map((b) => b.participants.map((p) => p.name))).toEqual([['Owen Price'], ['Grace Liu']]);
    expect(bubbles[0].composerText).toBe('Yes — sending comments tonight.\nTalk soon 👋');
  });
});
