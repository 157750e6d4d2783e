import { describe, expect, it } from 'vitest';
import { classifyAsks } from '../../../utils/asks';
import type { AskType } from '../../../utils/model/types';

// Sentences written for these tests (none comes from the corpus): what a user would see the
// classifier decide about their own draft.

const asks = (text: string) => classifyAsks(text).asks;

describe('each label, in French and in English', () => {
  it.each<[string, AskType[]]>([
    ["Bonjour Arnaud, est-ce que votre agence recrute des graphistes en ce moment ? Je serais ravi d'en faire partie.", ['job']],
    ['Hi Nora, is your studio hiring junior illustrators at the moment? I would love to be part of it.', ['job']],
    ['Salut Inès, tu accepterais de me coopter pour le poste de data engineer ouvert chez vous ?', ['referral']],
    ['Hey Owen, would you be willing to refer me for the data engineer opening on your team?', ['referral']],
    ["Bonjour Paul, auriez-vous vingt minutes la semaine prochaine pour me parler de votre métier d'urbaniste ?", ['advice']],
    ['Hi Paula, could you spare twenty minutes next week to tell me about your work as a city planner?', ['advice']],
    ["Bonjour Lina, pourriez-vous me mettre en relation avec la responsable des achats de votre groupe ?", ['intro']],
    ['Hi Lena, could you put me in touch with the head of purchasing at your group?', ['intro']],
    ['Bonjour, nous aidons les cabinets comptables à automatiser leurs relances. Seriez-vous ouvert à une démo de 15 minutes ?', ['business']],
    ['Hello, we help accounting firms automate their reminders. Would you be open to a 15-minute demo?', ['business']],
    ['Bonjour Hugo, nous avons travaillé deux ans ensemble : accepterais-tu de rédiger une courte recommandation sur mon profil LinkedIn ?', ['endorsement']],
    ['Hi Hugh, we worked together for two years: would you write a short recommendation on my LinkedIn profile?', ['endorsement']],
    ["Bonjour Céline, merci encore pour vos conseils : j'ai décroché le poste ! Je vous tiens au courant de la suite.", ['update']],
    ["Hi Celine, thanks again for your advice: I got the offer! I'll keep you posted on how it goes.", ['update']],
    ['Bravo pour ton nouveau poste Yann, profite bien !', ['none']],
    ['Congratulations on the new position, Ian, enjoy it!', ['none']],
  ])('%s → %j', (text, expected) => {
    expect(asks(text)).toEqual(expected);
  });
});

describe('negation: saying what you are not asking for', () => {
  it('does not see a job ask in "je ne vous demande pas un poste"', () => {
    expect(asks("Je ne vous demande pas un poste, juste votre avis sur ma reconversion.")).toEqual(['advice']);
  });
  it.each([
    "I'm not looking for a job, just curious to hear your perspective on the design team.",
    "I'm not asking for a job, only your thoughts on how you broke into UX.",
    "To be clear, I am not asking you for a referral. I'd just love your advice on the market.",
  ])('%s → advice, not beyond reach', (text) => {
    const r = asks(text);
    expect(r).toContain('advice');
    expect(r).not.toContain('job');
    expect(r).not.toContain('referral');
  });
  it('still sees the ask when the negation belongs to another clause', () => {
    expect(asks("Je ne sais pas si c'est possible, mais pourrais-tu me recommander pour le poste de chef de projet ?")).toEqual(['referral']);
    expect(asks("No pressure at all, but could you refer me for the analyst role?")).toEqual(['referral']);
  });
  it('reads a negative question as a question', () => {
    expect(asks('Ne seriez-vous pas disponible pour un café la semaine prochaine ?')).toEqual(['advice']);
  });
});

describe('"recommander" / "recommandation": referral, endorsement or neither', () => {
  it.each<[string, AskType[]]>([
    ["Pourrais-tu me recommander auprès de ta responsable pour le poste de juriste ?", ['referral']],
    ["Accepterais-tu de me recommander pour l'offre de comptable chez vous ?", ['referral']],
    ["Accepterais-tu de m'écrire une recommandation sur LinkedIn à propos de notre projet commun ?", ['endorsement']],
    ["Une petite recommandation de ta part sur mon profil m'aiderait beaucoup, si tu es d'accord.", ['endorsement']],
    ['Pourriez-vous me recommander quelques livres pour débuter en finance ?', ['advice']],
    ["Pourriez-vous me recommander quelqu'un à contacter dans votre service juridique ?", ['intro']],
    ["Merci encore de m'avoir recommandé chez Alstom, je vous tiens au courant !", ['update']],
    ['Would you recommend me for the open analyst role on your team?', ['referral']],
    ['Would you write me a LinkedIn recommendation about our work on the billing project?', ['endorsement']],
  ])('%s → %j', (text, expected) => {
    expect(asks(text)).toEqual(expected);
  });
  it('says which words decided, as written', () => {
    const r = classifyAsks("Accepterais-tu de m'écrire une recommandation sur LinkedIn ?");
    const cue = r.cues.find((c) => c.ask === 'endorsement');
    expect(cue?.cue).toMatch(/écrire une recommandation|recommandation sur LinkedIn/);
  });
});

describe('question versus statement', () => {
  it('sees an ask in "are you hiring?" but an offer in "we are hiring"', () => {
    expect(asks('Are you hiring for the summer?')).toEqual(['job']);
    expect(asks("We're hiring for the summer, feel free to share with friends.")).not.toContain('job');
  });
  it('does not read "I know someone who" as asking for an introduction', () => {
    expect(asks('Do you know anyone at Airbus working on avionics?')).toEqual(['intro']);
    expect(asks('I know someone at Airbus working on avionics.')).toEqual(['none']);
  });
  it('thanks for advice are not a request for advice', () => {
    expect(asks('Thank you for your advice last week, it really helped.')).toEqual(['update']);
  });
});

describe('context decides what a request for time is for', () => {
  it('a seller asking for a call is prospecting', () => {
    expect(asks('Our platform cuts payroll errors by 30%. Do you have 15 minutes for a call on Thursday?')).toEqual(['business']);
  });
  it('a candidate asking to talk about the role is asking for the job', () => {
    expect(asks('I saw the product manager opening on your team. Could we talk about the role this week?')).toEqual(['job']);
  });
  it('a catch-up with no agenda asks nothing', () => {
    expect(asks('It has been ages! No agenda, just to catch up: coffee next week?')).toEqual(['none']);
  });
});

describe('templates and hostile input', () => {
  it('keeps working with placeholders', () => {
    expect(asks('Hi [First Name], would you be open to referring me for the {{role_name}} position at %companyName?')).toEqual(['referral']);
    expect(asks('Bonjour <prénom>, auriez-vous 15 minutes pour me parler de votre parcours chez [Entreprise] ?')).toEqual(['advice']);
  });
  it('strips HTML tags before reading', () => {
    expect(asks('<p>Hi Sam,</p><p>could you <b>refer me</b> for the <i>designer</i> role?</p>')).toEqual(['referral']);
  });
  it('maps a cue back to the original text, accents and tags included', () => {
    const text = '<div>Bonjour,</div> pourriez-vous me <b>coopter</b> ? Merci !';
    const r = classifyAsks(text);
    const cue = r.cues.find((c) => c.ask === 'referral')!;
    expect(text.slice(cue.index, cue.index + cue.cue.length)).toBe(cue.cue);
    expect(cue.cue).toContain('coopter');
  });
  it.each([
    ['empty', ''],
    ['spaces', '   \n\t '],
    ['emoji only', '🙂🚀🎉'.repeat(100)],
    ['HTML only', '<div><span></span><br/></div>'],
    ['another language', 'Hallo Jonas, wie geht es dir? Ich hoffe, alles ist gut bei euch.'],
    ['a script', '<script>alert("job referral")</script>'],
  ])('%s → none, never an exception', (_name, text) => {
    const r = classifyAsks(text);
    expect(r.asks).toEqual(['none']);
  });
  it('answers for 100 KB of text without throwing', () => {
    const big = 'Could you refer me for the role? '.repeat(3200);
    const r = classifyAsks(big);
    expect(r.asks).toEqual(['referral']);
  });
  it('tolerates values that are not strings', () => {
    expect(classifyAsks(undefined as unknown as string).asks).toEqual(['none']);
    expect(classifyAsks(42 as unknown as string).asks).toEqual(['none']);
  });
});
