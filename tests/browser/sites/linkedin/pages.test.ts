import { describe, expect, it } from 'vitest';
import {
  activeComposer, classifyPage, isComposer, isSendButton, parseInvitationDialog, parseOverlayBubbles, parseProfile, parseThreadPage,
  queryAllDeep, readComposerText, surfaceForEvent, type InvitationView, type ProfileView,
} from '../../../../utils/sites/linkedin';
import { fixtureNames, loadFixture, loadHtml, NOW, serialiseDeep, URLS } from './loadPage';

const profile = (name: string, url = URLS[name]) => parseProfile(loadFixture(name, url), url) as ProfileView;
const invitation = (name: string) => parseInvitationDialog(loadFixture(name, URLS[name]), URLS[name]) as InvitationView;

describe('profile top cards', () => {
  it('classic, English: 2nd degree, named mutual connections, #HIRING frame, member id from the mutual-connections link', () => {
    expect(profile('profile-classic-en.html')).toEqual({
      recognised: true, name: 'Anne Sophie Delorme', profileUrl: 'https://www.linkedin.com/in/anne-sophie-delorme-8c14e07b/',
      memberProfileUrl: 'https://www.linkedin.com/in/ACoAADFchjtBOTXQNL_dmliWJiWTKzrFoICIvSI/',
      headline: 'Certified Scrum Master @ Northfield Bank | Workflow Platform Architect', company: 'Northfield Bank', title: 'Certified Scrum Master',
      degree: 2, mutualCount: 4, mutualNames: ['Oliver Marlowe', 'Jean Baptiste Rivière'], hiring: true, openToWork: false,
    });
  });
  it('classic, French: « 2e », relations en commun, Recrute, Disponible pour travailler', () => {
    const p = profile('profile-classic-fr.html');
    expect(p).toMatchObject({ name: 'Théo Girard', degree: 2, mutualCount: 7, mutualNames: ['Loïc Marchand', 'Léa Marchand'], hiring: true, openToWork: true,
      company: 'Atelier Numérique', title: 'Consultant en recrutement' });
  });
  it('SDUI 2026: no h1, hashed classes; the Message link gives the member id of the same person', () => {
    expect(profile('profile-sdui-2026-en.html')).toEqual({
      recognised: true, name: 'Julien Carrère', profileUrl: 'https://www.linkedin.com/in/juliencarrere/',
      memberProfileUrl: 'https://www.linkedin.com/in/ACoAARxImOiBYM-ISyziztt-WruGpozs-uP-epQ/',
      headline: 'Supply Chain Analyst at Halden Logistics', company: 'Halden Logistics', title: 'Supply Chain Analyst',
      degree: 2, mutualCount: 4, mutualNames: ['Marc Lefort'], hiring: false, openToWork: false,
    });
  });
  it('SDUI 2026 in French, 3e, with an accented slug', () => {
    const url = 'https://www.linkedin.com/in/ma%C3%ABlle-lef%C3%A8vre-1a2b3c/';
    expect(profile('invitation-note-2026-fr.html', url)).toMatchObject({ name: 'Maëlle Lefèvre', profileUrl: url, degree: 3, mutualNames: [],
      headline: 'Cheffe de projet digital chez Maison Verbena', title: 'Cheffe de projet digital', company: 'Maison Verbena' });
  });
});

describe('invitation dialog', () => {
  it('classic, after "Add a note": the note and the invitee from the profile behind', () => {
    const v = invitation('invitation-note-classic-en.html');
    expect(v.invitee).toEqual({ name: 'Oliver Marlowe', profileUrl: 'https://www.linkedin.com/in/oliver-marlowe-2b7f4a/' });
    expect(v.note).toBe('Hi Oliver, Priya Nair suggested I reach out: I am moving into climate-tech product roles and would value your advice on the market in Stockholm.');
    expect(v.composer?.id).toBe('custom-message');
  });
  it('2026, inside the interop shadow root, English, multi-line note', () => {
    const v = invitation('invitation-note-2026-en.html');
    expect(v.invitee).toEqual({ name: 'Julien Carrère', profileUrl: 'https://www.linkedin.com/in/juliencarrere/' });
    expect(v.note).toBe('Hello Julien,\nMarc Lefort told me you rebuilt the Halden routing tool. Could I ask you two questions about it?');
  });
  it('2026, French, opened at /preload/custom-invite/?vanityName=…', () => {
    const v = invitation('invitation-note-2026-fr.html');
    expect(v.invitee).toEqual({ name: 'Maëlle Lefèvre', profileUrl: 'https://www.linkedin.com/in/ma%C3%ABlle-lef%C3%A8vre-1a2b3c/' });
    expect(v.note.endsWith('auriez-vous un conseil à me donner ? 🙂')).toBe(true);
  });
  it('gating state (real 2026 capture): no note field yet, invitee named in the dialog', () => {
    const v = invitation('invitation-gating-2026-en.html');
    expect(v).toMatchObject({ recognised: true, composer: null, note: '', invitee: { name: 'Julien Carrère', profileUrl: 'https://www.linkedin.com/in/juliencarrere/' } });
  });
});

describe('a page that is none of these', () => {
  const url = URLS['jobs-search-en.html'];
  const doc = loadFixture('jobs-search-en.html', url);
  it('is not recognised by any parser, with a reason', () => {
    expect(classifyPage(url)).toBe('other');
    for (const r of [parseThreadPage(doc, url), parseProfile(doc, url), parseInvitationDialog(doc, url)]) {
      expect(r.recognised).toBe(false);
      expect((r as { reason: string }).reason.length).toBeGreaterThan(3);
    }
    expect(parseOverlayBubbles(doc)).toEqual([]);
  });
  it('and a thread parser pointed at a profile page says so', () => {
    const u = URLS['profile-classic-en.html'];
    expect(parseThreadPage(loadFixture('profile-classic-en.html', u), 'https://www.linkedin.com/messaging/thread/2-x/').recognised).toBe(false);
  });
});

describe('classifyPage', () => {
  it.each([
    ['https://www.linkedin.com/messaging/thread/2-abc==/', 'thread'],
    ['https://www.linkedin.com/messaging/thread/new/?recipients=x', 'other'],
    ['https://www.linkedin.com/in/jane-doe-42/', 'profile'],
    ['https://fr.linkedin.com/in/jane-doe-42/overlay/contact-info/', 'profile'],
    ['https://www.linkedin.com/in/jane-doe-42/details/experience/', 'other'],
    ['https://www.linkedin.com/company/acme/', 'other'],
    ['https://evil.example/messaging/thread/2-abc/', 'other'],
    ['not a url', 'other'],
  ])('%s → %s', (url, kind) => expect(classifyPage(url)).toBe(kind));
});

describe('send events', () => {
  it('attributes a send to the bubble it came from, when two bubbles are open', () => {
    const doc = loadFixture('overlay-feed-en.html', URLS['overlay-feed-en.html']);
    const sends = queryAllDeep(doc, '.msg-form__send-button');
    expect(sends).toHaveLength(2);
    const second = surfaceForEvent([sends[1], sends[1].parentElement!], doc, URLS['overlay-feed-en.html'], { now: NOW });
    expect(second && 'participants' in second ? second.participants.map((p) => p.name) : null).toEqual(['Marcus Reed']);
    expect(isSendButton([sends[0]])).toBe(true);
    expect(isSendButton([doc.querySelector('.msg-form__send-toggle')!])).toBe(false);
    expect(isSendButton([doc.querySelector('.vbot-button')!])).toBe(false);
  });
  it('finds the thread of the messaging page from its composer, through the Enter key target', () => {
    const url = URLS['thread-fr.html'];
    const doc = loadFixture('thread-fr.html', url);
    const box = doc.querySelector('[role="textbox"]')!;
    const s = surfaceForEvent([box], doc, url);
    expect(s?.surface).toBe('thread');
    expect(isComposer(box)).toBe(true);
    expect(isComposer(doc.querySelector('.msg-form__send-button'))).toBe(false);
  });
  it('inside the shadow root: the send button and the note of the 2026 invitation', () => {
    const url = URLS['invitation-note-2026-en.html'];
    const doc = loadFixture('invitation-note-2026-en.html', url);
    const send = queryAllDeep(doc, 'button[aria-label="Send invitation"]')[0];
    expect(isSendButton([send])).toBe(true);
    const cancel = queryAllDeep(doc, 'button[aria-label="Cancel adding a note"]')[0];
    expect(isSendButton([cancel])).toBe(false);
    const s = surfaceForEvent([send], doc, url) as InvitationView;
    expect(s.surface).toBe('invitation');
    expect(s.invitee.name).toBe('Julien Carrère');
    expect(isComposer(queryAllDeep(doc, '#custom-message')[0])).toBe(true);
  });
  it('counts "Send without a note" and "Envoyer" as invitation sends', () => {
    const g = loadFixture('invitation-gating-2026-en.html', URLS['invitation-gating-2026-en.html']);
    expect(isSendButton([queryAllDeep(g, 'button[aria-label="Send without a note"]')[0]])).toBe(true);
    expect(isSendButton([queryAllDeep(g, 'button[aria-label="Add a note"]')[0]])).toBe(false);
    const f = loadFixture('invitation-note-2026-fr.html', URLS['invitation-note-2026-fr.html']);
    expect(isSendButton([queryAllDeep(f, 'button[aria-label="Envoyer l’invitation"]')[0]])).toBe(true);
  });
  it('returns null for an event outside any surface, and never throws on junk', () => {
    const doc = loadFixture('overlay-feed-en.html', URLS['overlay-feed-en.html']);
    expect(surfaceForEvent([doc.querySelector('main')!], doc, URLS['overlay-feed-en.html'])).toBeNull();
    expect(surfaceForEvent([], doc, 'x')).toBeNull();
    expect(surfaceForEvent([null as unknown as EventTarget, {} as EventTarget], doc, 'x')).toBeNull();
    expect(isSendButton([{} as EventTarget])).toBe(false);
  });
});

describe('composer text', () => {
  const box = (html: string) => loadHtml(`<form class="msg-form"><div class="msg-form__contenteditable" contenteditable="true" role="textbox">${html}</div></form>`, 'https://www.linkedin.com/feed/').querySelector('[role="textbox"]')!;
  it.each([
    ['<p>Hello</p><p>second line</p>', 'Hello\nsecond line'],
    ['<p>Line one<br>Line two</p>', 'Line one\nLine two'],
    ['<p>Para</p><p><br></p><p>after a blank line</p>', 'Para\n\nafter a blank line'],
    ['<div>div lines</div><div>too 🎉👩‍💻</div>', 'div lines\ntoo 🎉👩‍💻'],
    ['<p>typed<br></p><p>next</p>', 'typed\nnext'],
    ['<p><br></p>', ''],
    ['<p>Merci <span aria-hidden="true" class="lt-badge">LT 3</span>beaucoup</p>', 'Merci beaucoup'],
    ['<p>a&nbsp;b</p><lt-mirror>ignored</lt-mirror>', 'a b'],
  ])('%s', (html, text) => expect(readComposerText(box(html))).toBe(text));

  it('follows focus into the interop shadow root', () => {
    const doc = loadFixture('overlay-2026-en.html', URLS['overlay-2026-en.html']);
    const composer = queryAllDeep(doc, '[role="textbox"]')[1] as HTMLElement;
    composer.focus();
    const active = activeComposer(doc);
    expect(active).toBe(composer);
  });
});

describe('parsing never changes the page', () => {
  it.each(fixtureNames())('%s', (name) => {
    const url = URLS[name] ?? 'https://www.linkedin.com/feed/';
    const doc = loadFixture(name, url);
    const before = serialiseDeep(doc);
    parseThreadPage(doc, url, { now: NOW });
    parseOverlayBubbles(doc, { now: NOW });
    parseInvitationDialog(doc, url);
    parseProfile(doc, url);
    for (const b of queryAllDeep(doc, 'button')) {
      isSendButton([b]);
      surfaceForEvent([b], doc, url, { now: NOW });
    }
    activeComposer(doc);
    expect(serialiseDeep(doc)).toBe(before);
  });
  it('every fixture has a URL in the test table', () => {
    expect(fixtureNames().filter((f) => !URLS[f])).toEqual([]);
  });
});
