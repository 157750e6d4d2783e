// The adapter on the anonymised real captures of tests/fixtures/linkedin-real/ as they were saved
// (fragments of pages, no page around them): what each one shows, read as its README says.
import { describe, expect, it } from 'vitest';
import { parseInvitationDialog, parseOverlayBubbles, parseProfile, parseThreadPage, type ConversationView, type ProfileView } from '../../../../utils/sites/linkedin';
import { loadHtml } from './loadPage';

const FILES = import.meta.glob('../../../fixtures/linkedin-real/**/*.html', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const real = (path: string) => {
  const html = Object.entries(FILES).find(([p]) => p.endsWith(path))?.[1];
  if (html === undefined) throw new Error(`no capture ${path}`);
  return html;
};
const PROFILE_URL = 'https://www.linkedin.com/in/someone-4f2a1b/';
const THREAD_URL = 'https://www.linkedin.com/messaging/thread/2-cmVhbC1jYXB0dXJlLXRocmVhZA/';
const MAY_22 = new Date(2026, 4, 22, 12, 0).getTime();
/** A bubble's content as saved, in the bubble element LinkedIn wraps it in (from the 2023 capture). */
const inBubble = (html: string) => `<div class="msg-convo-wrapper msg-overlay-conversation-bubble msg-overlay-conversation-bubble--is-active" role="dialog" aria-label="Messaging">${html}</div>`;
const PLAYER = /Media player|modal window|Playback speed/;

describe('real profile pages (classic 2024 layout)', () => {
  it.each([
    ['scoutr-profile1-loggedin-2024-07.html', { name: 'Olivier Bastide Carter', degree: undefined, mutualNames: [] }],
    ['scoutr-profile2-loggedin-2024-07.html', { name: 'Anne Sophie Delorme', degree: 2, mutualCount: 4, mutualNames: ['Oliver Marlowe', 'Jean Baptiste Rivière'] }],
    ['scoutr-profile3-loggedin-2024-07.html', { name: 'Thomas Whitfield', degree: 3, mutualNames: [] }],
    ['scoutr-profile4-loggedin-2024-08.html', { name: 'Nathan Brooks', degree: 1, mutualCount: 4, mutualNames: ['Loïc Marchand', 'William Hollis'] }],
    ['scoutr-profile5-loggedin-2024-08.html', { name: 'Étienne Desjardins', degree: 3, mutualNames: [] }],
  ])('%s', (file, expected) => {
    expect(parseProfile(loadHtml(real(file)), PROFILE_URL) as ProfileView).toMatchObject({ recognised: true, ...expected });
  });
});

describe('real conversations', () => {
  it.each([
    ['skool-thread-shared-posts-video-en-2026.html', 'Alice Anderson', 9],
    ['skool-thread-open-to-work-en-2026.html', 'Casey Carter', 3],
    ['skool-thread-pillar-en-2026.html', 'Dan Davis', 1],
  ])('messaging page %s: %s, %i messages, none of them a player’s text', (file, person, count) => {
    const v = parseThreadPage(loadHtml(`<main>${real(file)}</main>`), THREAD_URL, { now: MAY_22 }) as ConversationView;
    expect(v.participants.map((p) => p.name)).toEqual([person]);
    expect(v.messages).toHaveLength(count);
    for (const m of v.messages) expect(m.text).not.toMatch(PLAYER);
  });

  it.each([
    ['skool-bubble-shared-posts-video-en-2026.html', 'Alice Anderson', 7],
    ['skool-bubble-open-to-work-en-2026.html', 'Casey Carter', 3],
    ['skool-bubble-en-2026.html', 'Bob Brown', 1],
    ['salespilot-overlay-conversation-bubble-es-2023.html', 'Charlotte Hayes', 1],
  ])('bubble %s: %s, %i messages', (file, person, count) => {
    const html = file.startsWith('salespilot') ? real(file) : inBubble(real(file));
    const [v] = parseOverlayBubbles(loadHtml(html), { now: MAY_22 });
    expect(v.participants.map((p) => p.name)).toEqual([person]);
    expect(v.messages).toHaveLength(count);
    for (const m of v.messages) expect(m.text).not.toMatch(PLAYER);
  });

  it('the minimised messaging dock is no conversation', () => {
    expect(parseOverlayBubbles(loadHtml(real('salespilot-overlay-list-bubble-es-2023.html')))).toEqual([]);
  });
});

describe('real invitation dialog (2026)', () => {
  it('names the invitee', () => {
    const v = parseInvitationDialog(loadHtml(real('send-invite-modal-gating-2026.html')), PROFILE_URL);
    expect(v).toMatchObject({ recognised: true, composer: null, invitee: { name: 'Julien Carrère', profileUrl: PROFILE_URL } });
  });
});
