// Classifier + every rule for one contact with a 2,000-character draft and 500 past interactions
// (budget ≤ 1 ms median), in Node: the engine is pure, so Node's V8 measures the same code the side
// panel runs. Prints one JSON object on stdout for tests/bench/figures/draftEngine.mjs.
//
// Usage: npx tsx tests/bench/node/draftEngine.ts [--quick]
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { classifyAsks } from '../../../utils/asks';
import { analyzeDraft } from '../../../utils/drafts/analyzeDraft';
import { prepareContexts } from '../../../utils/engine/buildRuleContext';
import { computeOutreachStats, evaluateContact } from '../../../utils/rules/index';
import { contactWithHistory } from '../data/network';

const quick = process.argv.includes('--quick');
const NOW = Date.UTC(2026, 2, 12, 10, 0, 0);

/** Real messages from the labelled corpus (tests/eval/corpus), else a fixed one. */
function realTexts(): string[] {
  const corpus = path.resolve('tests', 'eval', 'corpus', 'asks-dev.jsonl');
  if (!existsSync(corpus)) return [];
  return readFileSync(corpus, 'utf8')
    .trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as { text: string }).text)
    .sort((a, b) => b.length - a.length);
}

const FALLBACK =
  'Bonjour Élodie,\nMarc Dupont m’a conseillé de vous écrire : il m’a dit que vous aviez monté l’équipe data de Qonto. ' +
  'Je termine une reconversion vers le métier de data engineer et je cherche un poste à Paris. Auriez-vous 20 minutes pour me ' +
  'raconter comment vous recrutez, et ce que vous regardez dans un profil junior ? Je vous envoie le lien vers mon projet de fin de formation. ';

/** Four 2,000-character drafts that open like a real first message and go on with real ones. */
function drafts(): string[] {
  const texts = realTexts();
  return [0, 1, 2, 3].map((k) => {
    let d = `Bonjour Élodie, Marc Dupont m’a conseillé de vous écrire.\n${texts[k] ?? FALLBACK}\n`;
    for (let i = k + 4; d.length < 2000; i += 5) d += `${texts[i % Math.max(1, texts.length)] ?? FALLBACK}\n`;
    return d.slice(0, 2000);
  });
}

function sample(fn: (i: number) => void, runs: number, warmup: number): number[] {
  for (let i = 0; i < warmup; i++) fn(i);
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn(i);
    out.push(performance.now() - t);
  }
  return out;
}

const world = contactWithHistory(500, NOW);
const known = world.contacts.map((c) => ({ id: c.id, name: c.name }));
const texts = drafts();
const contextOf = prepareContexts({ contacts: world.contacts, interactions: [...world.interactions, ...world.recent], introductions: world.introductions, nextSteps: world.nextSteps, recommendationsMade: world.recommendationsMade, now: NOW });
const knownBefore = new Set(world.interactions.map((i) => i.contactId));

/** What runs when the draft changes: analyse it, count the week's outreach, run every rule. */
function perDraft(i: number) {
  const text = texts[i % texts.length];
  const analysis = analyzeDraft(text, known);
  const outreach = computeOutreachStats({ recent: world.recent, knownBefore, draft: { text, contactId: world.contact.id }, now: NOW });
  return evaluateContact(contextOf(world.contact, { draft: { analysis }, outreach }));
}

const runs = quick ? 300 : 3000;
const warmup = quick ? 50 : 300;
const result = {
  draftChars: texts[0].length,
  interactions: world.interactions.filter((i) => i.contactId === world.contact.id).length,
  findings: perDraft(0).map((f) => f.rule),
  pipeline: sample(perDraft, runs, warmup),
  classifier: sample((i) => classifyAsks(texts[i % texts.length]), runs, warmup),
  analyzeDraft: sample((i) => analyzeDraft(texts[i % texts.length], known), runs, warmup),
  rulesOnly: (() => {
    const analysis = analyzeDraft(texts[0], known);
    return sample(() => evaluateContact(contextOf(world.contact, { draft: { analysis } })), runs, warmup);
  })(),
  contextBuild: sample(
    () =>
      prepareContexts({ contacts: world.contacts, interactions: [...world.interactions, ...world.recent], introductions: world.introductions, nextSteps: world.nextSteps, recommendationsMade: world.recommendationsMade, now: NOW }),
    quick ? 50 : 500,
    20,
  ),
  emptyDraft: sample(() => evaluateContact(contextOf(world.contact, { draft: { analysis: analyzeDraft('', known) } })), runs, warmup),
};
process.stdout.write(JSON.stringify(result));
