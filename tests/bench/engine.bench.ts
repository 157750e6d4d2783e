// Every rule for one contact, with a 2,000-character draft and 500 past interactions: the median
// time of each rule, of all of them through evaluateContact, and of the draft analysis (the
// classifier's part) for comparison. Budget: classifier + rules ≤ 1 ms median; the rules alone
// well under 0.5 ms. Prints a table; never fails on a number (shared, noisy machines).
//
// Usage: npx tsx tests/bench/engine.bench.ts [--quick]
import { analyzeDraft } from '../../utils/drafts/analyzeDraft';
import { prepareContexts } from '../../utils/engine/buildRuleContext';
import type { Contact, Interaction, InteractionKind, Introduction, NextStep, RecommendationMade } from '../../utils/model/types';
import { computeOutreachStats, evaluateContact, RULES } from '../../utils/rules/index';

const quick = process.argv.includes('--quick');
const RUNS = quick ? 300 : 3000;
const WARMUP = quick ? 50 : 500;
const DAY = 86_400_000;
const NOW = new Date(2026, 2, 11, 10).getTime();

const person = (slug: string, name: string, extra: Partial<Contact> = {}): Contact => ({
  id: `linkedin:in/${slug}`,
  site: 'linkedin',
  name,
  aliases: [],
  createdAt: NOW - 900 * DAY,
  updatedAt: NOW - DAY,
  ...extra,
});

const marc = person('marc', 'Marc Dupont', { lastInteractionAt: NOW - 40 * DAY });
const anne = person('anne', 'Anne Leroy', { lastInteractionAt: NOW - 80 * DAY });
const paul = person('paul', 'Paul Martin');
const sophie = person('sophie', 'Élodie Martin-Roux', {
  headline: 'Lead data engineer chez Qonto',
  company: 'Qonto',
  degree: 2,
  mutualCount: 12,
  mutualNames: ['Jean Petit', 'Lina Haddad'],
});

// 500 interactions with Élodie over two years, of every kind.
const kinds: InteractionKind[] = ['message-sent', 'message-received', 'message-sent', 'give', 'meeting', 'call', 'outcome', 'update-sent'];
const history: Interaction[] = Array.from({ length: 500 }, (_, k) => ({
  key: `h${k}`,
  contactId: sophie.id,
  kind: kinds[k % kinds.length],
  at: NOW - (500 - k) * 1.4 * DAY,
  outcome: kinds[k % kinds.length] === 'outcome' ? 'interview' : undefined,
  asks: k % 5 === 0 ? ['advice'] : undefined,
  text: `Message ${k} : merci pour votre retour sur le projet, je vous tiens au courant de la suite.`,
  site: 'linkedin',
  source: 'capture',
}));
sophie.lastInteractionAt = history[history.length - 1].at;
const recent: Interaction[] = Array.from({ length: 60 }, (_, k) => ({
  key: `r${k}`,
  contactId: `linkedin:in/other-${k}`,
  kind: 'message-sent',
  at: NOW - (k % 7) * DAY,
  text: `Bonjour ${k}, je me permets de vous écrire car je cherche un poste de data engineer à Paris et votre parcours m’inspire beaucoup.`,
  site: 'linkedin',
  source: 'capture',
}));
const introductions: Introduction[] = [
  { recommenderId: anne.id, contactId: marc.id, at: NOW - 800 * DAY, source: 'manual' },
  { recommenderId: marc.id, contactId: sophie.id, at: NOW - 720 * DAY, source: 'manual' },
];
const nextSteps: NextStep[] = [
  { id: 1, contactId: sophie.id, kind: 'promise', text: 'Je vous envoie le lien vers mon projet', createdAt: NOW - 6 * DAY, due: NOW - 3 * DAY },
  { id: 2, contactId: sophie.id, kind: 'next-step', text: 'Café en avril', createdAt: NOW - 20 * DAY, due: NOW + 20 * DAY, doneAt: NOW - DAY },
];
const recommendationsMade: RecommendationMade[] = [{ id: 1, candidateId: paul.id, toContactId: sophie.id, at: NOW - 30 * DAY, workedWith: false, outcome: 'pending', source: 'manual' }];

const SENTENCES = [
  'Bonjour Élodie, Marc Dupont m’a conseillé de vous écrire.',
  'Je cherche un emploi de data engineer, avez-vous des postes ouverts chez vous ?',
  'Auriez-vous vingt minutes pour me raconter comment votre équipe travaille, et ce que vous regardez dans un profil junior ?',
  'Je vous recommande vivement Paul Martin, avec qui j’ai suivi la formation.',
  'I would love to hear how you built the data team, and I’ll send you the link to my final project.',
  'Mon projet de fin de formation portait sur la détection de fraude en temps réel avec Kafka et Flink.',
];
let text = '';
for (let k = 0; text.length < 2000; k++) text += `${SENTENCES[k % SENTENCES.length]} `;
text = text.slice(0, 2000);

const known = [marc, anne, paul, sophie].map((c) => ({ id: c.id, name: c.name }));
const contextOf = prepareContexts({
  contacts: [marc, anne, paul, sophie],
  interactions: [...history, ...recent],
  introductions,
  nextSteps,
  recommendationsMade,
  now: NOW,
});
const analysis = analyzeDraft(text, known);
const outreach = computeOutreachStats({ recent, knownBefore: new Set(), draft: { text, contactId: sophie.id }, now: NOW });
const ctx = contextOf(sophie, { draft: { analysis }, outreach });

function median(fn: () => void): { median: number; p90: number } {
  for (let i = 0; i < WARMUP; i++) fn();
  const t: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const a = performance.now();
    fn();
    t.push(performance.now() - a);
  }
  t.sort((a, b) => a - b);
  return { median: t[Math.floor(t.length / 2)], p90: t[Math.floor(t.length * 0.9)] };
}

const rows: [string, { median: number; p90: number }][] = [];
for (const rule of RULES) rows.push([rule.id, median(() => rule.run(ctx))]);
const rules = median(() => evaluateContact(ctx));
const context = median(() => contextOf(sophie, { draft: { analysis }, outreach }));
const outreachCost = median(() => computeOutreachStats({ recent, knownBefore: new Set(), draft: { text, contactId: sophie.id }, now: NOW }));
const classifier = median(() => analyzeDraft(text, known));
const pipeline = median(() => {
  const a = analyzeDraft(text, known);
  const o = computeOutreachStats({ recent, knownBefore: new Set(), draft: { text, contactId: sophie.id }, now: NOW });
  evaluateContact(contextOf(sophie, { draft: { analysis: a }, outreach: o }));
});
rows.push(['— every rule (evaluateContact)', rules], ['— context for one contact', context], ['— outreach stats (60 recent)', outreachCost]);
rows.push(['— draft analysis (classifier, other helper)', classifier], ['= classifier + outreach + context + rules', pipeline]);

const ms = (x: number) => `${x < 0.01 ? (x * 1000).toFixed(1) + ' µs' : x.toFixed(3) + ' ms'}`;
const width = Math.max(...rows.map(([k]) => k.length));
console.log(`engine bench: ${history.length} past interactions, ${text.length}-character draft, ${RUNS} runs (Node ${process.version})`);
console.log(`${'step'.padEnd(width)}  ${'median'.padStart(10)}  ${'p90'.padStart(10)}`);
for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${ms(v.median).padStart(10)}  ${ms(v.p90).padStart(10)}`);
console.log(`findings: ${evaluateContact(ctx).map((f) => f.rule).join(', ')}`);
console.log(`budget: rules ≤ 0.5 ms → ${rules.median <= 0.5 ? 'met' : 'MISSED'}; classifier + rules ≤ 1 ms → ${pipeline.median <= 1 ? 'met' : 'MISSED'}`);
