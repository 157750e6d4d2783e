// One conversation (a thread page or one overlay bubble): who is in it, what the visible messages
// say and who sent them, and what the composer holds.
import { SELECTORS } from './selectors';
import { firstIn } from './deepQuery';
import { fullText, richText, visibleText } from './text';
import { canonicalProfileUrl, foldName, mergePeople, profileIdOf, splitNames } from './people';
import { combine, parseDayHeading, parseGroupHeading, parseSentAt, parseTimeOfDay, type Day } from './time';
import { addToViewer, isViewer, type Viewer } from './viewer';
import type { ConversationView, PersonRef, ThreadMessage } from './types';
import { readComposerText } from './composer';

interface Header {
  /** The other person of a 1:1 conversation, from the header link. */
  person?: PersonRef;
  /** Names from a group title (no link). */
  groupNames: string[];
}

function readHeader(root: Element): Header {
  const header = firstIn(root, SELECTORS.conversationHeader);
  if (!header) return { groupNames: [] };
  const link = firstIn(header, [...SELECTORS.headerProfileLink, 'a[href*="/in/"]']);
  if (link) {
    const url = canonicalProfileUrl(link.getAttribute('href'));
    const name = visibleText(firstIn(link, SELECTORS.headerTitle)) || visibleText(link);
    if (url && name) {
      const headline =
        visibleText(firstIn(header, SELECTORS.headerHeadline)) ||
        (firstIn(root, SELECTORS.profileCardSubtitle)?.getAttribute('title') ?? '').trim() ||
        undefined;
      return { person: { name, profileUrl: url, headline }, groupNames: [] };
    }
  }
  const title = visibleText(firstIn(header, SELECTORS.headerTitle));
  return { groupNames: title ? splitNames(title) : [] };
}

function hasClass(el: Element, cls: string): boolean {
  return !!el.classList && el.classList.contains(cls);
}

function messageEvents(root: Element): Element[] {
  for (const sel of SELECTORS.messageEvent) {
    try {
      const found = Array.from(root.querySelectorAll(sel));
      if (found.length) return found;
    } catch {
      /* :has unsupported */
    }
  }
  return [];
}

interface Group {
  name?: string;
  url?: string;
  time: { h: number; min: number } | null;
}

export function readMessages(root: Element, viewer: Viewer, header: Header, now?: number): ThreadMessage[] {
  const out: ThreadMessage[] = [];
  let day: Day | null = null;
  let group: Group | null = null;
  const other = header.person;
  for (const li of messageEvents(root).slice(0, 500)) {
    const heading = firstIn(li, SELECTORS.dayHeading);
    if (heading) day = parseDayHeading(visibleText(heading), now);
    const item = firstIn(li, SELECTORS.eventItem);
    if (!item) continue;
    const a11y = parseGroupHeading(fullText(firstIn(li, SELECTORS.groupA11yHeading)));
    const nameEl = firstIn(item, SELECTORS.senderName);
    if (nameEl || a11y) {
      const link = firstIn(item, SELECTORS.senderLink);
      group = {
        name: visibleText(nameEl) || a11y?.sender,
        url: canonicalProfileUrl(link?.getAttribute('href')),
        time: parseTimeOfDay(visibleText(firstIn(item, SELECTORS.groupTime)) || a11y?.time || ''),
      };
    }
    const text = Array.from(item.querySelectorAll(SELECTORS.messageBody.join(', ')))
      .filter((b, i, all) => !all.some((o) => o !== b && o.contains(b)))
      .map((b) => richText(b))
      .filter(Boolean)
      .join('\n');
    if (!text) continue;
    const indicator = firstIn(item, SELECTORS.sentIndicator);
    let fromMe: boolean;
    if (hasClass(item, 'msg-s-event-listitem')) fromMe = !firstIn(li, SELECTORS.otherSender);
    else if (indicator) fromMe = true;
    else if (group && isViewer(viewer, group.name, group.url)) fromMe = true;
    else if (group && other && (group.name || group.url)) fromMe = !samePerson(other, group.name, group.url);
    else continue; // who sent it cannot be told: better left out than put on the wrong side
    const at = parseSentAt(indicator?.getAttribute('title') ?? '') ?? combine(day, group?.time ?? null);
    out.push({ fromMe, senderName: group?.name || undefined, senderProfileUrl: group?.url, at, text });
  }
  return out;
}

function samePerson(p: PersonRef, name?: string, url?: string): boolean {
  if (url && p.profileUrl) return profileIdOf(url) === profileIdOf(p.profileUrl);
  return !!name && foldName(name) === foldName(p.name);
}

export function parseConversation(
  root: Element,
  surface: 'thread' | 'overlay',
  viewer: Viewer,
  opts: { now?: number; threadUrl?: string },
): ConversationView {
  const composer = firstIn(root, SELECTORS.composer);
  const header = readHeader(root);
  const messages = readMessages(root, viewer, header, opts.now);
  for (const m of messages) if (m.fromMe) addToViewer(viewer, m.senderName, m.senderProfileUrl);
  let people: PersonRef[] = [];
  if (header.person) people.push(header.person);
  const groupFolded = header.groupNames.map(foldName);
  for (const n of header.groupNames) people.push({ name: n });
  for (const m of messages) {
    if (m.fromMe || !m.senderName) continue;
    // In a group whose viewer is unknown, trust only senders the title names.
    if (!header.person && groupFolded.length && !viewer.names.size && !viewer.ids.size && !groupFolded.includes(foldName(m.senderName))) continue;
    people.push({ name: m.senderName, profileUrl: m.senderProfileUrl });
  }
  people = mergePeople(people).filter((p) => !isViewer(viewer, p.name, p.profileUrl));
  return {
    recognised: true,
    surface,
    root,
    composer,
    participants: people,
    composerText: composer ? readComposerText(composer) : '',
    messages,
    threadUrl: opts.threadUrl,
  };
}
