// A thread the user scrolled far back holds hundreds of messages. What is read of it feeds the
// "they replied / I wrote last" facts, so it must be the latest messages, each with the date and
// sender a read of the whole list gives it — even when the read starts inside a message group whose
// day heading and sender are written only on its first item.
import { describe, expect, it } from 'vitest';
import { parseThreadPage, type ConversationView } from '../../../../utils/sites/linkedin';
import { loadFixture, NOW, URLS } from './loadPage';

const NAME = 'thread-en.html';
const URL = URLS[NAME];

const intact = parseThreadPage(loadFixture(NAME, URL), URL, { now: NOW }) as ConversationView;

/**
 * thread-en.html's five events repeated as a history of `count` events, the latest last; event j
 * is a copy of event j % 5 whose text ends with "#j" (and has no text at all when `silent(j)`).
 */
function longThread(count: number, silent: (j: number) => boolean = () => false): Document {
  const doc = loadFixture(NAME, URL);
  const list = doc.querySelector('ul.msg-s-message-list-content')!;
  const events = Array.from(list.querySelectorAll(':scope > li.msg-s-message-list__event'));
  expect(events).toHaveLength(5);
  const after = events[4].nextSibling;
  for (const e of events) e.remove();
  for (let j = 0; j < count; j++) {
    const li = events[j % 5].cloneNode(true) as Element;
    const body = li.querySelector('.msg-s-event-listitem__body')!;
    if (silent(j)) body.remove();
    else body.appendChild(doc.createTextNode(` #${j}`));
    list.insertBefore(li, after);
  }
  return doc;
}

/** What a message read from event j must say: the intact thread's message j % 5, tagged. */
function expected(j: number) {
  const m = intact.messages[j % 5];
  return { fromMe: m.fromMe, at: m.at, senderName: m.senderName, tag: `#${j}` };
}
const seen = (v: ConversationView) => v.messages.map((m) => ({ fromMe: m.fromMe, at: m.at, senderName: m.senderName, tag: m.text.slice(m.text.lastIndexOf('#')) }));

describe('a long thread', () => {
  it('reads the latest 100 messages, the newest last, starting inside a message group', () => {
    // 301 events: the first one read (event 201) continues a group begun by event 200.
    const v = parseThreadPage(longThread(301), URL, { now: NOW }) as ConversationView;
    expect(v.recognised).toBe(true);
    expect(v.participants.map((p) => p.name)).toEqual(['Daniel Okafor']);
    expect(seen(v)).toEqual(Array.from({ length: 100 }, (_, i) => expected(201 + i)));
    expect(v.messages[0].senderName).toBe('Daniel Okafor'); // from the group's first item, not read itself
  });

  it('still reads 100 messages when some events near the end hold none', () => {
    const silent = (j: number) => j % 7 === 0;
    const v = parseThreadPage(longThread(301, silent), URL, { now: NOW }) as ConversationView;
    const events = Array.from({ length: 301 }, (_, j) => j).filter((j) => !silent(j));
    expect(seen(v)).toEqual(events.slice(-100).map(expected));
  });

  it('reads a short thread whole', () => {
    const v = parseThreadPage(longThread(12), URL, { now: NOW }) as ConversationView;
    expect(seen(v)).toEqual(Array.from({ length: 12 }, (_, j) => expected(j)));
  });
});
