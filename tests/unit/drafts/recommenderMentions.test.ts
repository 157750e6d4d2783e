import { describe, expect, it } from 'vitest';
import { findRecommenderMentions } from '../../../utils/drafts/recommenderMentions';

const known = [
  { id: 'linkedin:in/marc-dupont', name: 'Marc Dupont' },
  { id: 'linkedin:in/jean-noel-martin', name: 'Jean-Noël Martin' },
  { id: 'linkedin:in/maelle-lefevre', name: 'Maëlle Lefèvre' },
  { id: 'linkedin:in/sophie-arnaud', name: 'Sophie Arnaud' },
  { id: 'linkedin:in/sophie-bernard', name: 'Sophie Bernard' },
  { id: 'linkedin:in/priya-natarajan', name: 'Priya Natarajan' },
];
const ids = (text: string) => findRecommenderMentions(text, known).map((m) => m.contactId ?? `?${m.name}`);

describe('who sent you: French phrasings', () => {
  it.each([
    ['Bonjour, je vous écris de la part de Marc Dupont.', 'linkedin:in/marc-dupont'],
    ["Bonjour Claire, Marc m'a conseillé de vous contacter.", 'linkedin:in/marc-dupont'],
    ['Sur les conseils de Jean-Noël, je me permets de vous écrire.', 'linkedin:in/jean-noel-martin'],
    ["MAËLLE LEFEVRE m'a donné votre nom.", 'linkedin:in/maelle-lefevre'],
    ['Je vous contacte sur la recommandation de maëlle lefèvre.', 'linkedin:in/maelle-lefevre'],
    ["Priya, qui m'a parlé de vous, pense que nous devrions échanger.", 'linkedin:in/priya-natarajan'],
    ['Jean-Noël Martin (notre contact commun) m’a suggéré de vous écrire.', 'linkedin:in/jean-noel-martin'],
  ])('%s', (text, id) => {
    expect(ids(text)).toEqual([id]);
  });
});

describe('who sent you: English phrasings', () => {
  it.each([
    ['Hi Tom, Priya suggested I reach out about the data team.', 'linkedin:in/priya-natarajan'],
    ['Marc Dupont recommended I contact you.', 'linkedin:in/marc-dupont'],
    ['Maëlle referred me to you for questions about pricing.', 'linkedin:in/maelle-lefevre'],
    ['Priya Natarajan gave me your name.', 'linkedin:in/priya-natarajan'],
    ["I'm writing at Jean-Noël's suggestion.", 'linkedin:in/jean-noel-martin'],
    ['I got your contact via Marc Dupont last week.', 'linkedin:in/marc-dupont'],
    ['Marc Dupont (our mutual connection) thought we should talk.', 'linkedin:in/marc-dupont'],
  ])('%s', (text, id) => {
    expect(ids(text)).toEqual([id]);
  });
});

describe('resolving the name', () => {
  it('keeps a first name shared by two contacts unresolved, but still reports it', () => {
    const [m] = findRecommenderMentions('Sophie suggested I reach out.', known);
    expect(m).toMatchObject({ name: 'Sophie', cue: 'suggested I reach out' });
    expect(m?.contactId).toBeUndefined();
  });
  it('resolves the full name when the first name is ambiguous', () => {
    expect(ids('Sophie Bernard suggested I reach out.')).toEqual(['linkedin:in/sophie-bernard']);
  });
  it('reports an unknown person by name, without an id', () => {
    expect(findRecommenderMentions("Je vous écris de la part d'Anne Roux.", known)).toEqual([{ name: 'Anne Roux', cue: "de la part d'" }]);
  });
  it('returns the name as written', () => {
    expect(findRecommenderMentions('sur les conseils de jean-noël', known)[0]?.name).toBe('jean-noël');
  });
});

describe('what is not a recommender', () => {
  it.each([
    'I found your profile via LinkedIn.',
    'Je vous ai trouvé via LinkedIn, puis via email.',
    'Sent via email from my phone.',
    'I came across your talk through Meetup.',
    "Bonjour, j'ai vu votre profil et je voulais vous écrire.",
    'Marc Dupont is the CEO of Acme.',
    '[Prénom Nom], en copie, m’a recommandé de vous écrire.',
    '',
  ])('%s', (text) => {
    expect(findRecommenderMentions(text, known)).toEqual([]);
  });
  it('resolves "via" only to a known contact', () => {
    expect(findRecommenderMentions('via Bob Smith', known)).toEqual([]);
    expect(ids('Je vous écris via Maëlle.')).toEqual(['linkedin:in/maelle-lefevre']);
  });
  it('tolerates a missing or malformed contact list', () => {
    expect(findRecommenderMentions('Marc suggested I reach out.', undefined as never)).toEqual([{ name: 'Marc', cue: 'suggested I reach out' }]);
    expect(findRecommenderMentions('Marc suggested I reach out.', [{ id: 'x', name: null as never }])[0]?.name).toBe('Marc');
  });
});
