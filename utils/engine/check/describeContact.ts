import type { DraftAnalysis } from '../../model/draft';
import type { Finding } from '../../model/finding';
import type { Settings } from '../../model/settings';
import type { Contact, ContactId } from '../../model/types';
import { assessReach } from '../../reach/assessReach';
import { asksOf } from '../../rules/ask-without-give';
import type { RuleFailure } from '../../rules/index';
import { displayName } from '../../people/displayName';
import { draftNames } from '../../people/names';
import { clip } from '../../text/clip';
import { buildChecklist } from './checklist';
import type { CheckData } from './loadCheckData';
import { owedNotes } from './owedNotes';
import type { AskCheck, ContactCheck, Ledger, RecommenderNote } from './types';

const MAX_CUE = 80;

export interface Describe {
  contact: Contact;
  known: boolean;
  evaluation: Finding[];
  failures: RuleFailure[];
  draftFindings: Finding[];
  analysis?: DraftAnalysis;
  data: CheckData;
  settings: Settings;
  now: number;
}

/** Everything the popup and the side panel show about one person of the tab, checklist included. */
export function describeContact(d: Describe): ContactCheck {
  const { contact, analysis, data, now, settings } = d;
  const { graph } = data;
  const lookup = (id: ContactId) => data.historyOf.get(id) ?? [];
  const history = lookup(contact.id);
  const byId = (id: ContactId) => (id === contact.id ? contact : data.contactsById.get(id));

  const recommenders: RecommenderNote[] = [];
  for (const intro of [...(graph.recommendersOf.get(contact.id) ?? [])].sort((a, b) => b.at - a.at)) {
    const r = byId(intro.recommenderId);
    if (!r || recommenders.some((k) => k.id === r.id)) continue;
    recommenders.push({ id: r.id, name: displayName(r), named: analysis ? draftNames(analysis, r) : null });
  }

  const asks: AskCheck[] = [];
  for (const ask of analysis?.asks.asks ?? []) {
    if (ask === 'none') continue;
    const { verdict, reasons } = assessReach(contact, ask, history);
    const finding = d.evaluation.find((f) => f.rule === 'ask-beyond-reach' && f.details?.asks?.includes(ask));
    const cues = (analysis?.asks.cues ?? []).filter((c) => c.ask === ask).map((c) => clip(c.cue, MAX_CUE));
    asks.push({ ask, cues: [...new Set(cues)], verdict, reasons, hint: finding?.action?.label });
  }

  const owed = owedNotes({
    contactId: contact.id,
    graph,
    historyOf: lookup,
    name: (id) => displayName(byId(id), id),
    exists: (id) => !!byId(id),
    settings,
    now,
  });

  const openSteps = data.nextSteps.filter((s) => s.contactId === contact.id && (s.doneAt === undefined || s.doneAt === null)).sort((a, b) => a.due - b.due);

  const ledger: Ledger = { asked: 0, gave: 0, received: 0, draftAsks: asksOf(analysis?.asks.asks).length > 0 };
  for (const i of history) {
    if ((i.kind === 'message-sent' || i.kind === 'invite-sent') && asksOf(i.asks).length) ledger.asked++;
    else if (i.kind === 'give') ledger.gave++;
    else if (i.kind === 'received-give') ledger.received++;
  }

  const base = { contact, known: d.known, recommenders, asks, owed, openSteps, ledger, findings: d.evaluation, draftFindings: d.draftFindings, failures: d.failures };
  return { ...base, checklist: buildChecklist({ ...base, analysis, history, now }) };
}
