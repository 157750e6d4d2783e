import type { Bilingual } from '../model/finding';
import { ASK_TYPES, type AskType, type Contact, type Interaction, type ReachVerdict } from '../model/types';
import { readRole, type RoleReading } from './hiringRole';
import { R } from './reachReasons';
import { readSharedHistory, type SharedHistory } from './sharedHistory';

export interface ReachAssessment {
  verdict: ReachVerdict;
  /** Readable fragments, most decisive first ("no hiring signal", "2nd-degree", …). */
  reasons: Bilingual[];
}

const VERDICTS: readonly ReachVerdict[] = ['within', 'beyond', 'unknown'];
const TITLE_IN_REASON = 60;

interface Facts {
  contact: Contact;
  role: RoleReading;
  history: SharedHistory;
  /** Hiring signal on the profile, or a title whose holder decides who joins. */
  hiringPower: boolean;
}

/**
 * What this contact can grant, for one kind of ask. The seed is plain (001, « une demande à votre
 * portée »): a team lead whose team does not hire can only answer "we are not recruiting", so ask
 * for what they can give — advice — and let them mention an opening themselves.
 *
 * The user's override for this ask always wins. Otherwise the verdict comes from the role read in
 * the title/headline, the profile's hiring and open-to-work signals, the connection degree and
 * mutual connections, and what you have lived together (worked together, met, replied).
 */
export function assessReach(contact: Contact, ask: AskType, history: readonly Interaction[] = []): ReachAssessment {
  if (!contact || !(ASK_TYPES as readonly string[]).includes(ask)) return { verdict: 'unknown', reasons: [R.noTitleKnown] };
  const override = contact.reachOverrides?.[ask];
  if (override && VERDICTS.includes(override)) return { verdict: override, reasons: [R.override(override)] };

  const role = readRole(contact);
  const facts: Facts = {
    contact,
    role,
    history: readSharedHistory(contact, Array.isArray(history) ? history : []),
    hiringPower: contact.hiring === true || role.kind === 'recruiter' || role.kind === 'leader',
  };
  switch (ask) {
    case 'none':
      return { verdict: 'within', reasons: [R.nothingAsked] };
    case 'update':
      return { verdict: 'within', reasons: [R.newsAlwaysWelcome] };
    case 'advice':
      return { verdict: 'within', reasons: [R.adviceWithinReach] };
    case 'job':
      return job(facts);
    case 'referral':
      return referral(facts);
    case 'intro':
      return intro(facts);
    case 'endorsement':
      return endorsement(facts);
    case 'business':
      return business(facts);
  }
}

function short(title: string | undefined): string {
  const t = (title ?? '').trim();
  return t.length > TITLE_IN_REASON ? `${t.slice(0, TITLE_IN_REASON - 1)}…` : t;
}

/** Why they can (or cannot) hire, as the first fragment. */
function powerReason({ contact, role }: Facts): Bilingual {
  if (contact.hiring === true) return R.theyAreHiring;
  if (role.kind === 'recruiter') return R.hiringRole(short(role.title));
  if (role.kind === 'leader') return R.decisionRole(short(role.title));
  return R.noHiringSignal;
}

/** Degree and mutual connections, when the pages showed them. */
function networkReasons({ contact }: Facts): Bilingual[] {
  const out: Bilingual[] = [];
  if (contact.degree === 1 || contact.degree === 2 || contact.degree === 3) out.push(R.degree(contact.degree));
  if (typeof contact.mutualCount === 'number' && Number.isFinite(contact.mutualCount) && contact.mutualCount >= 0 && contact.degree !== 1)
    out.push(R.mutuals(Math.floor(contact.mutualCount)));
  return out;
}

function historyReason({ history }: Facts): Bilingual {
  if (history.workedWith) return R.workedTogether;
  if (history.met) return R.youMet;
  return R.neverWorkedTogether;
}

function job(f: Facts): ReachAssessment {
  if (f.hiringPower) return { verdict: 'within', reasons: [powerReason(f), ...networkReasons(f)] };
  if (f.contact.openToWork === true) return { verdict: 'beyond', reasons: [R.lookingThemselves, R.noHiringSignal, ...networkReasons(f)] };
  if (f.role.kind === 'unknown') return { verdict: 'unknown', reasons: [R.noTitleKnown, R.noHiringSignal, ...networkReasons(f)] };
  return { verdict: 'beyond', reasons: [R.noHiringSignal, ...networkReasons(f), historyReason(f)] };
}

/**
 * A referral (cooptation) puts the referrer's name on you (seed 000: « recommander, c'est
 * s'engager »). A former colleague can do it without any hiring role — that is what referral
 * schemes are for; someone who hires but never met you cannot vouch yet; anyone else cannot.
 */
function referral(f: Facts): ReachAssessment {
  if (f.contact.openToWork === true && f.contact.hiring !== true)
    return { verdict: 'beyond', reasons: [R.lookingThemselves, ...networkReasons(f)] };
  if (f.history.workedWith) return { verdict: 'within', reasons: [R.workedTogether, R.canVouch, ...networkReasons(f)] };
  if (f.hiringPower && f.history.met) return { verdict: 'within', reasons: [powerReason(f), R.youMet, ...networkReasons(f)] };
  if (f.hiringPower) return { verdict: 'unknown', reasons: [powerReason(f), R.hiresButNeverSawYourWork, ...networkReasons(f)] };
  return { verdict: 'beyond', reasons: [R.noHiringSignal, ...networkReasons(f), R.neverWorkedTogether] };
}

/**
 * An introduction asks them to vouch for you to someone else (000: the one who introduces « se
 * porte garant »). Nobody's full address book is known, so the honest answer is usually "unknown";
 * a stranger outside your first circle cannot vouch for you at all.
 */
function intro(f: Facts): ReachAssessment {
  const { history, contact } = f;
  const stranger = !history.workedWith && !history.met && !history.replied;
  if (stranger && (contact.degree === 2 || contact.degree === 3))
    return { verdict: 'beyond', reasons: [R.doesNotKnowYou, ...networkReasons(f), R.neverExchanged] };
  return { verdict: 'unknown', reasons: [R.connectionsUnknown, ...networkReasons(f), historyReason(f)] };
}

/** An endorsement vouches for your work: only someone who saw it can give one (000). */
function endorsement(f: Facts): ReachAssessment {
  if (f.history.workedWith) return { verdict: 'within', reasons: [R.workedTogether, R.canVouch] };
  return { verdict: 'beyond', reasons: [R.neverWorkedTogether, R.cannotVouch, ...networkReasons(f)] };
}

/** Business needs someone who decides, or who knows your work well enough to pass it on (003). */
function business(f: Facts): ReachAssessment {
  if (f.role.kind === 'leader') return { verdict: 'within', reasons: [R.decisionRole(short(f.role.title)), ...networkReasons(f)] };
  if (f.history.workedWith) return { verdict: 'within', reasons: [R.workedTogether, ...networkReasons(f)] };
  if (f.role.kind === 'unknown') return { verdict: 'unknown', reasons: [R.noTitleKnown, ...networkReasons(f), historyReason(f)] };
  if (f.history.met || f.history.replied || f.role.kind === 'recruiter')
    return { verdict: 'unknown', reasons: [R.noDecisionRole, ...networkReasons(f), historyReason(f)] };
  return { verdict: 'beyond', reasons: [R.noDecisionRole, ...networkReasons(f), R.neverExchanged] };
}
