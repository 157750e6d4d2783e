import { describe, expect, it } from 'vitest';
import { parseOverlayBubbles, parseThreadPage, type ConversationView } from '../../../../utils/sites/linkedin';
import { loadFixture, NOW, URLS } from './loadPage';

const at = (m: number, d: number, h: number, min: number) => new Date(2026, m - 1, d, h, min).getTime();
const thread = (name: string) => {
  const v = parseThreadPage(loadFixture(name, URLS[name]), URLS[name], { now: NOW });
  if (!v.recognised) throw new Error(v.reason);
  return v;
};

describe('messaging page, 1:1, English', () => {
  const v = thread('thread-en.html');
  it('names the other person, by member-id URL, and never the viewer', () => {
    expect(v.participants).toEqual([
      { name: 'Daniel Okafor', profileUrl: 'https://www.linkedin.com/in/ACoAAFnO4TREIt8E1g80tQf-k6PGHfGERFTAy/', headline: 'Head of Data Engineering at Brightwave Analytics' },
    ]);
    expect(v.threadUrl).toBe('https://www.linkedin.com/messaging/thread/2-ZGFuaWVsLW9rYWZvci10aHJlYWQtMDAx/');
  });
  it('reads every visible message with its side and its date', () => {
    expect(v.messages.map((m) => [m.fromMe, m.at, m.text.slice(0, 24)])).toEqual([
      [false, at(3, 3, 10, 42), 'Hi Camille, thanks for c'],
      [false, at(3, 3, 10, 42), 'Would you be open to a s'],
      [true, at(3, 9, 18, 5), 'Hi Daniel, glad it was u'],
      [false, at(3, 11, 9, 12), 'Tuesday 10am works for m'],
      [true, at(3, 12, 8, 30), 'Perfect, talk then. I wi'],
    ]);
    expect(v.messages[2].text).toBe('Hi Daniel, glad it was useful!\nHappy to chat — Tuesday or Wednesday works for me.');
    expect(v.messages[3].text).toBe('Tuesday 10am works for me 👍');
  });
  it('reads the composer with its line breaks and emoji', () => {
    expect(v.composerText).toBe('Hi Daniel,\nHere is the deck I mentioned: https://example.org/deck 🚀\n\nBest,\nCamille');
    expect(v.composer?.getAttribute('role')).toBe('textbox');
  });
  it('gives no date for relative headings without a reference time', () => {
    const name = 'thread-en.html';
    const w = parseThreadPage(loadFixture(name, URLS[name]), URLS[name]) as ConversationView;
    expect(w.messages[0].at).toBeUndefined(); // "Mar 3": which year is unknown without now
    expect(w.messages[2].at).toBe(at(3, 9, 18, 5)); // "Sent at 3/9/2026, 6:05 PM" is absolute
  });
});

describe('messaging page, 1:1, French', () => {
  const v = thread('thread-fr.html');
  it('finds the viewer from their own messages when the nav has no photo', () => {
    expect(v.participants.map((p) => [p.name, p.profileUrl])).toEqual([['Léa Marchand', 'https://www.linkedin.com/in/lea-marchand-5c2e91/']]);
    expect(v.participants[0].headline).toBe('Responsable RH chez Atelier Solène');
  });
  it('parses "3 mars", "lundi", "Hier", "Aujourd’hui" and 24-hour times', () => {
    expect(v.messages.map((m) => [m.fromMe, m.senderName, m.at])).toEqual([
      [true, 'Camille Durand', at(3, 3, 10, 15)],
      [false, 'Léa Marchand', at(3, 9, 14, 20)],
      [false, 'Léa Marchand', at(3, 9, 14, 20)],
      [true, 'Camille Durand', at(3, 11, 9, 5)],
      [false, 'Léa Marchand', at(3, 12, 11, 47)],
    ]);
    expect(v.messages[4].text).toBe('Avec plaisir, à jeudi 🙂');
  });
  it('reads the French composer', () => {
    expect(v.composerText).toBe('Merci Léa !\nÀ jeudi 😊');
  });
});

describe('group conversation', () => {
  const v = thread('thread-group-en.html');
  it('reports the three other participants and not the viewer', () => {
    expect(v.participants.map((p) => p.name)).toEqual(['Priya Nair', 'Tom Becker', 'Sofia Alvarez']);
    expect(v.participants.every((p) => p.profileUrl?.startsWith('https://www.linkedin.com/in/ACoAA'))).toBe(true);
  });
  it('tells who sent each message', () => {
    expect(v.messages.map((m) => [m.senderName, m.fromMe])).toEqual([
      ['Priya Nair', false],
      ['Tom Becker', false],
      ['Sofia Alvarez', false],
      ['Camille Durand', true],
    ]);
    expect(v.messages[0].at).toBe(at(2, 27, 16, 10));
    expect(v.messages[2].at).toBe(at(3, 11, 11, 20));
  });
  it('keeps a mention as its visible text', () => {
    expect(v.composerText).toBe('Sofia, could we find 20 minutes next week?\nThanks again Priya Nair 🙏');
  });
});

describe('overlay bubbles', () => {
  const bubbles = (name: string) => parseOverlayBubbles(loadFixture(name, URLS[name]), { now: NOW });

  it('reads two bubbles at once on the English feed, each with its own person and draft', () => {
    const [a, b] = bubbles('overlay-feed-en.html');
    expect(a.participants).toEqual([
      { name: 'Charlotte Hayes', profileUrl: 'https://www.linkedin.com/in/ACoAAVVKFoABfGxaUvAsydTxL-_lUHTaSwvN_Cd/', headline: 'Key Account Manager – Brightline QA' },
    ]);
    expect(a.composerText).toBe('Would next Tuesday work for a call?');
    expect(a.messages[0]).toMatchObject({ fromMe: false, senderName: 'Charlotte Hayes', at: at(3, 6, 14, 44) });
    expect(a.messages[0].text.startsWith('Hi Camille,\nI work with a small team')).toBe(true);
    expect(a.messages[1]).toMatchObject({ fromMe: true, at: at(3, 12, 10, 2), text: 'Thanks Charlotte, happy to connect!' });
    expect(b.participants.map((p) => p.name)).toEqual(['Marcus Reed']);
    expect(b.composerText).toBe('');
    expect(b.surface).toBe('overlay');
  });

  it('leaves the foreign extension button and the grammar checker out of the captured text', () => {
    const [a] = bubbles('overlay-feed-en.html');
    expect(a.root.querySelector('.vbot-button')).not.toBeNull();
    expect(a.composerText).not.toMatch(/vbot/);
    const [, hugo] = bubbles('overlay-feed-fr.html');
    expect(hugo.composer?.querySelector('grammarly-extension')).not.toBeNull();
    expect(hugo.composerText).toBe('Bonjour Hugo,\nmerci pour votre message 🙏 Nadia m’a beaucoup parlé de vous.');
  });

  it('reads French bubbles', () => {
    const [nadia, hugo] = bubbles('overlay-feed-fr.html');
    expect(nadia.participants.map((p) => [p.name, p.headline])).toEqual([['Nadia Benali', 'Cheffe de produit chez Océane Mobilité']]);
    expect(nadia.messages[0].at).toBe(at(3, 10, 18, 12)); // "mardi"
    expect(nadia.composerText).toBe('Merci Nadia, c’est très gentil !');
    expect(hugo.messages[0].at).toBe(at(3, 12, 9, 30));
  });

  it('finds the 2025–26 bubbles inside the #interop-outlet shadow root', () => {
    const [owen, grace] = bubbles('overlay-2026-en.html');
    expect(owen.root.getRootNode()).not.toBe(owen.root.ownerDocument);
    expect(owen.participants.map((p) => p.name)).toEqual(['Owen Price']);
    expect(owen.composerText).toBe('Yes — sending comments tonight.\nTalk soon 👋');
    expect(owen.messages.map((m) => m.fromMe)).toEqual([false, true]);
    expect(grace.participants.map((p) => p.name)).toEqual(['Grace Liu']);
    expect(grace.messages).toEqual([
      { fromMe: true, senderName: 'Camille Durand', senderProfileUrl: expect.stringContaining('/in/ACoAA'), at: at(3, 10, 15, 15), text: 'Hi Grace, following up on my application for the analyst role.' },
    ]);
  });

  it('finds no bubble on a thread page, a profile or the jobs page', () => {
    for (const f of ['thread-en.html', 'profile-classic-en.html', 'jobs-search-en.html']) expect(bubbles(f)).toEqual([]);
  });
});
