import type { TabState } from '../../background/tabState';
import type { RelaisDB } from '../../db/database';
import { contactIdFromUrl } from '../../model/contactId';
import type { ContactId } from '../../model/types';
import type { CheckReads } from '../checkCache';
import type { ConversationCheck, PageState } from './types';

// Who a tab is about: the recipients of the draft being written, the person of a profile page, or
// the people of a thread (as the page showed them, else as the history remembers the thread).

const MAX_RECIPIENTS = 10;
/** A thread without a draft is matched to its people through the latest interactions only. */
const THREAD_SCAN = 300;

export type TabDraft = NonNullable<TabState['draft']> & { text: string };

export interface TabPerson {
  id: ContactId;
  /** As the page wrote it (the draft's recipients only). */
  name: string;
  profileUrl?: string;
}

export type TabPeople =
  | { page: PageState; source?: undefined }
  | { source: ConversationCheck['source']; people: TabPerson[]; draft?: TabDraft };

/**
 * The draft the tab reported, when it is still what the tab shows: the newest report wins (the
 * user moved to another profile or thread after typing), except on pages that are neither (the
 * messaging overlay floats over the feed and keeps its draft).
 */
export function usableDraft(state: TabState): TabDraft | undefined {
  const d = state.draft;
  if (!d || !Array.isArray(d.recipients) || d.recipients.length === 0) return undefined;
  const s = state.status;
  if (s && s.pageKind !== 'other' && Number.isFinite(s.at) && Number.isFinite(d.at) && s.at > d.at) return undefined;
  return { ...d, text: typeof d.text === 'string' ? d.text : '' };
}

/** The people the tab is about, or why there is nobody to check. */
export async function peopleOfTab(db: RelaisDB, reads: CheckReads, state: TabState, url: string): Promise<TabPeople> {
  const status = state.status;
  const draft = usableDraft(state);
  if (!draft && status && status.recognised === false) return { page: { kind: 'unreadable', reason: String(status.reason ?? '').slice(0, 300) } };
  if (draft) {
    const people: TabPerson[] = [];
    for (const r of draft.recipients.slice(0, MAX_RECIPIENTS)) {
      const id = contactIdFromUrl(r?.profileUrl);
      if (id && !people.some((p) => p.id === id)) people.push({ id, name: typeof r.name === 'string' ? r.name : '', profileUrl: r.profileUrl });
    }
    return { source: 'draft', people, draft };
  }
  if (!status) return { page: { kind: 'waiting' } };
  if (status.pageKind === 'profile') {
    const id = contactIdFromUrl(status.url ?? url);
    return { source: 'profile', people: id ? [{ id, name: '' }] : [] };
  }
  if (status.pageKind === 'thread') {
    // The thread page the content script read tells who it is with; the stored history is the fallback.
    const seen = state.conversation?.surface === 'thread' ? state.conversation : undefined;
    const seenIds = (seen?.participants ?? []).map((p) => contactIdFromUrl(p?.profileUrl)).filter((id): id is ContactId => !!id);
    const threadUrl = status.url ?? url;
    const ids = seenIds.length ? seenIds : await reads.get(`thread:${threadKey(threadUrl)}`, () => peopleOfThread(db, threadUrl));
    return { source: 'thread', people: ids.slice(0, MAX_RECIPIENTS).map((id) => ({ id, name: '' })) };
  }
  return { page: { kind: 'not-a-conversation' } };
}

/** Thread URLs compared without query, fragment or trailing slash. */
function threadKey(url: string | undefined): string {
  return (url ?? '').replace(/[?#].*$/, '').replace(/\/+$/, '').toLowerCase();
}

async function peopleOfThread(db: RelaisDB, url: string): Promise<ContactId[]> {
  const key = threadKey(url);
  if (!key) return [];
  const recent = await db.interactions.orderBy('at').reverse().limit(THREAD_SCAN).toArray();
  const hit = recent.find((i) => threadKey(i.threadUrl) === key);
  if (!hit) return [];
  return [hit.contactId, ...(Array.isArray(hit.groupContactIds) ? hit.groupContactIds : [])].slice(0, MAX_RECIPIENTS);
}
