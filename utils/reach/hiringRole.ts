import type { Contact } from '../model/types';
import { foldLine } from '../text/fold';

/**
 * What a contact's title says about their power to hire or buy:
 * - `recruiter`: hiring is their job (recruiter, talent acquisition, HR/RH, DRH…);
 * - `leader`: they run a team or a company and usually decide who joins (head of, director,
 *   founder, CEO, hiring manager…);
 * - `none`: a title is known and shows neither (or they are a student, an intern…);
 * - `unknown`: no title, headline or company to read.
 */
export type RoleKind = 'recruiter' | 'leader' | 'none' | 'unknown';

export interface RoleReading {
  kind: RoleKind;
  /** The words of the title that decided it, as folded text (for the reason shown to the user). */
  cue?: string;
  /** The title or headline that was read, as written (trimmed, bounded). */
  title?: string;
}

// Word lists are folded (lower case, no accents). "hr"/"rh" must be whole words: "chr", "rhône".
const RECRUITER = [
  'talent acquisition',
  'acquisition de talents',
  'acquisition des talents',
  'talent partner',
  'talent manager',
  'recruiter',
  'recruiting',
  'recruitment',
  'recruteur',
  'recruteuse',
  'chargee de recrutement',
  'charge de recrutement',
  'responsable recrutement',
  'responsable du recrutement',
  'headhunter',
  'chasseur de tetes',
  'chasseuse de tetes',
  'sourcer',
  'human resources',
  'ressources humaines',
  'people partner',
  'people operations',
  'hrbp',
  'drh',
  'chro',
  'hr',
  'rh',
];

const LEADER = [
  'hiring manager',
  'head of',
  'director',
  'directeur',
  'directrice',
  'vice president',
  'vice-president',
  'vp',
  'ceo',
  'cto',
  'coo',
  'cfo',
  'cpo',
  'cmo',
  'chief',
  'founder',
  'co-founder',
  'cofounder',
  'fondateur',
  'fondatrice',
  'cofondateur',
  'cofondatrice',
  'co-fondateur',
  'co-fondatrice',
  'president',
  'presidente',
  'pdg',
  'dg',
  'gerant',
  'gerante',
  'managing partner',
  'associe',
  'associee',
  'engineering manager',
  'team manager',
  'people manager',
  'team lead',
  'chef d\'equipe',
  'manager d\'equipe',
  'responsable d\'equipe',
  'chef de service',
];

/** Titles that rule out hiring power whatever else the headline says ("Student, future CEO"). */
const NO_POWER = ['student', 'etudiant', 'etudiante', 'intern', 'stagiaire', 'alternant', 'alternante', 'apprenti', 'apprentie'];

/** "ex-founder", "former recruiter", "ancienne DRH": a past role grants nothing today. */
const PAST_PREFIX = /(?:\bex-|\bex |\bformer |\bancienne? |\bpreviously |\bretired |\bretraitee? )$/;

function compile(words: string[]): RegExp {
  const escaped = words
    .slice()
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

const RECRUITER_RE = compile(RECRUITER);
const LEADER_RE = compile(LEADER);
const NO_POWER_RE = compile(NO_POWER);

function currentMatch(re: RegExp, folded: string): string | undefined {
  re.lastIndex = 0;
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    const before = folded.slice(Math.max(0, m.index - 12), m.index);
    if (!PAST_PREFIX.test(before)) return m[0];
  }
  return undefined;
}

const MAX_TITLE = 300;

export function readRole(contact: Pick<Contact, 'title' | 'headline'>): RoleReading {
  const raw = [contact.title, contact.headline].filter((t): t is string => typeof t === 'string' && t.trim() !== '');
  // A company alone says where they work, not whether they decide who joins.
  if (raw.length === 0) return { kind: 'unknown' };
  const title = raw[0].trim().slice(0, MAX_TITLE);
  const folded = foldLine(raw.join(' | '), 2 * MAX_TITLE);
  const student = currentMatch(NO_POWER_RE, folded);
  if (student) return { kind: 'none', cue: student, title };
  const recruiter = currentMatch(RECRUITER_RE, folded);
  if (recruiter) return { kind: 'recruiter', cue: recruiter, title };
  const leader = currentMatch(LEADER_RE, folded);
  if (leader) return { kind: 'leader', cue: leader, title };
  return { kind: 'none', title };
}
