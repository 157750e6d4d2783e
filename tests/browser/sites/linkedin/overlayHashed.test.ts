// The 2026 messaging overlay whose classes are all hashed: no msg-* class, no <header>, the
// person's name in an h2 link and in the dialog's label ("Conversation avec Inès Moreau"), inside
// the #interop-outlet shadow root. It must be read like any bubble, so that a send from it counts.
import { describe, expect, it } from 'vitest';
import { isComposer, isSendButton, parseOverlayBubbles, queryAllDeep, surfaceForEvent, type ConversationView } from '../../../../utils/sites/linkedin';
import { loadFixture, loadHtml, NOW, readFixture, URLS } from './loadPage';

const NAME = 'overlay-hashed-2026-fr.html';
const URL = URLS[NAME];
const INES = { name: 'Inès Moreau', profileUrl: 'https://www.linkedin.com/in/ACoAAD4rTqX7mVb2NcYs9KpLh0WeZu6JgFo3Ri5/' };

describe('an overlay with hashed classes, in French', () => {
  it('has no msg-* class and no <header> in its dialog (what makes it this case)', () => {
    const [dialog] = queryAllDeep(loadFixture(NAME, URL), '[role="dialog"]');
    expect(dialog.getAttribute('aria-label')).toBe('Conversation avec Inès Moreau');
    expect(dialog.querySelector('header, [class*="msg-"]')).toBeNull();
  });

  it('is read as a conversation with Inès Moreau, with its draft', () => {
    const [v] = parseOverlayBubbles(loadFixture(NAME, URL), { now: NOW });
    expect(v.participants).toEqual([INES]);
    expect(v.composerText).toBe('Merci Inès, je regarde ça ce soir.');
    expect(v.root.getRootNode()).not.toBe(v.root.ownerDocument); // inside the shadow root
  });

  it('keeps its composer inside the dialog although a shared post nests links (Chromium re-nests them so)', () => {
    const [v] = parseOverlayBubbles(loadFixture(NAME, URL), { now: NOW });
    expect(v.composer).not.toBeNull();
    expect(v.root.contains(v.composer)).toBe(true);
  });

  it('attributes Enter in its composer, and a click on « Envoyer », to Inès', () => {
    const doc = loadFixture(NAME, URL);
    const [box] = queryAllDeep(doc, '[role="textbox"]');
    expect(isComposer(box)).toBe(true);
    const onEnter = surfaceForEvent([box], doc, URL, { now: NOW }) as ConversationView;
    expect(onEnter.participants).toEqual([INES]);
    const [send] = queryAllDeep(doc, 'button[type="submit"]');
    expect(isSendButton([send.firstElementChild!, send])).toBe(true);
    expect((surfaceForEvent([send], doc, URL) as ConversationView).participants).toEqual([INES]);
  });

  it('falls back on the dialog’s label when the title has no link', () => {
    const html = readFixture(NAME).replace(/<h2 class="([^"]*)"><a [^>]*>Inès Moreau<\/a><\/h2>/, '<h2 class="$1">Inès Moreau</h2>');
    const [v] = parseOverlayBubbles(loadHtml(html), { now: NOW });
    expect(v.participants.map((p) => p.name)).toEqual(['Inès Moreau']);
  });
});

describe('the same overlay in English ("Conversation with Inès Moreau")', () => {
  const EN = 'overlay-hashed-2026-en.html';
  it('is read the same way, from its link or, without it, from its label', () => {
    const [v] = parseOverlayBubbles(loadFixture(EN, URLS[EN]), { now: NOW });
    expect(v.participants).toEqual([INES]);
    expect(v.composerText).toBe('Thanks Inès, I will read it tonight.');
    const unlinked = readFixture(EN).replace(/<h2 class="([^"]*)"><a [^>]*>Inès Moreau<\/a><\/h2>/, '<h2 class="$1">Inès Moreau</h2>');
    const [w] = parseOverlayBubbles(loadHtml(unlinked), { now: NOW });
    expect(w.participants.map((p) => p.name)).toEqual(['Inès Moreau']);
  });
});
