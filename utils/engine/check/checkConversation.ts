import { findContact } from '../../db/contactIdentity';
import type { RelaisDB } from '../../db/database';
import { analyzeDraft } from '../../drafts/analyzeDraft';
import { profileRefFromUrl } from '../../model/contactId';
import type { Settings } from '../../model/settings';
import type { Contact } from '../../model/types';
import type { DraftContext } from '../../rules/context';
import { compareFindings, evaluateContact } from '../../rules/index';
import { prepareContexts, withDefaults } from '../buildRuleContext';
import { NO_CACHE } from '../checkCache';
import { describeContact } from './describeContact';
import { wasSent } from './draftSent';
import { knownPeople, loadCheckData } from './loadCheckData';
import { loadWeek, outreachOf } from './outreachWeek';
import { peopleOfTab, type TabPerson } from './tabPeople';
import type { CheckOptions, ConversationCheck, PageState, TabInput } from './types';

// The pre-send check of the conversation in a tab: who the user is writing to (or looking at),
// what every rule says about it, and the six-item checklist. Computed by the background (and by a
// page only when the background gives nothing), so no UI here.

const LINKEDIN = /^https:\/\/www\.linkedin\.com\//i;
/** The week of outreach is read again at least this often while the same conversation is checked. */
const WEEK_REFRESH = 60_000;

/** The pre-send check of the conversation or profile in a tab. Never throws: bad state gives a page state. */
export async function checkConversation(
  db: RelaisDB,
  tab: TabInput,
  settingsIn: Partial<Settings> | undefined,
  now: number,
  options: CheckOptions = {},
): Promise<ConversationCheck> {
  const settings = withDefaults(settingsIn);
  const reads = options.cache ?? NO_CACHE;
  const state = tab.state && typeof tab.state === 'object' ? tab.state : {};
  const url = typeof tab.url === 'string' && tab.url ? tab.url : state.status?.url;
  const empty = (page: PageState): ConversationCheck => ({ page, source: 'none', contacts: [] });
  if (!url || !LINKEDIN.test(url)) return empty({ kind: 'unsupported' });
  if (settings.sites?.linkedin === false) return empty({ kind: 'site-off' });

  const tabPeople = await peopleOfTab(db, reads, state, url);
  if (tabPeople.source === undefined) return empty(tabPeople.page);
  const { source } = tabPeople;
  let draft = tabPeople.draft;

  try {
    const contacts = await contactsOf(db, reads, tabPeople.people, source === 'draft', now);
    if (!contacts.length) return { page: { kind: 'nobody' }, source, contacts: [] };

    const data = await loadCheckData(db, reads, contacts.map((c) => c.contact), draft?.text);
    if (draft && wasSent(draft, data.historyOf)) draft = undefined;
    const analysis = draft?.text.trim() ? analyzeDraft(draft.text, await knownPeople(db, reads, draft.text, data.contacts)) : undefined;
    const outreach =
      analysis && options.outreach !== false
        ? outreachOf(await reads.get(`week:${Math.floor(now / WEEK_REFRESH)}`, () => loadWeek(db, now)), draft!.text, contacts[0].contact.id, settings, now)
        : undefined;
    const contextOf = prepareContexts({ ...data, settings, now });
    const checks = contacts.map(({ contact, known }) => {
      const draftCtx: DraftContext | undefined = analysis
        ? { analysis, isInvitation: draft!.surface === 'invitation' || undefined, recommends: data.recommends }
        : undefined;
      const evaluation = evaluateContact(contextOf(contact, { draft: draftCtx, outreach }));
      const baseline = analysis ? new Set(evaluateContact(contextOf(contact)).map((f) => f.key)) : new Set(evaluation.map((f) => f.key));
      const draftFindings = evaluation.filter((f) => !baseline.has(f.key));
      return describeContact({ contact, known, evaluation, failures: evaluation.failures, draftFindings, analysis, data, settings, now });
    });
    const draftSeverity = checks
      .flatMap((c) => c.draftFindings)
      .sort(compareFindings)
      .map((f) => f.severity)[0];
    return {
      page: { kind: 'conversation' },
      source,
      draft: draft ? { text: draft.text, surface: draft.surface, at: draft.at, analysis } : undefined,
      contacts: checks,
      draftSeverity,
    };
  } catch {
    return { page: { kind: 'nobody' }, source, contacts: [] };
  }
}

/** The tab's people as contacts: the known ones from the database, a draft's new recipients as they are. */
async function contactsOf(db: RelaisDB, reads: typeof NO_CACHE, people: TabPerson[], fromDraft: boolean, now: number) {
  const contacts: { contact: Contact; known: boolean }[] = [];
  for (const p of people) {
    const found = await reads.get(`contact:${p.id}`, () => findContact(db, p.id));
    if (found) {
      if (!contacts.some((c) => c.contact.id === found.id)) contacts.push({ contact: found, known: true });
    } else if (fromDraft) {
      const ref = profileRefFromUrl(p.profileUrl);
      contacts.push({
        contact: { id: p.id, site: 'linkedin', name: p.name, profileUrl: ref && !ref.isMemberId ? ref.url : undefined, aliases: [], createdAt: now, updatedAt: now },
        known: false,
      });
    }
  }
  return contacts;
}
