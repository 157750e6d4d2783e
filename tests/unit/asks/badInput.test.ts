import { describe, expect, it } from 'vitest';
import { classifyAsks } from '../../../utils/asks';
import { analyzeDraft } from '../../../utils/drafts/analyzeDraft';
import { ASK_TYPES } from '../../../utils/model/types';

// What a user can paste into a composer: nothing, a whole page, emoji, markup, two languages, a
// third one. The answer must be sane — nothing asked, or "not sure" — and never an exception.

function sane(text: unknown) {
  const r = classifyAsks(text as string);
  expect(r.asks.length).toBeGreaterThan(0);
  expect(r.asks.every((a) => ASK_TYPES.includes(a))).toBe(true);
  expect(r.asks.includes('none') && r.asks.length > 1).toBe(false);
  for (const a of r.unsure ?? []) expect(r.asks).not.toContain(a);
  for (const p of Object.values(r.probabilities ?? {})) expect(p).toBeGreaterThanOrEqual(0), expect(p).toBeLessThanOrEqual(1);
  return r;
}

describe('bad input', () => {
  it('empty or blank drafts ask nothing', () => {
    for (const t of ['', '   ', '\n\n\t']) expect(sane(t).asks).toEqual(['none']);
  });

  it('non-strings from a careless caller ask nothing', () => {
    for (const t of [undefined, null, 42, {}, ['refer me']]) expect(sane(t).asks).toEqual(['none']);
  });

  it('a 100 KB paste gets an answer, from its beginning', () => {
    const page = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(1800);
    expect(page.length).toBeGreaterThan(100_000);
    expect(sane(page).asks).toEqual(['none']);
    const ask = `Could you refer me for the analyst role on your team? ${page}`;
    expect(sane(ask).asks).toContain('referral');
  });

  it('emoji only asks nothing', () => {
    expect(sane('😀🎉🙏👍🔥'.repeat(200)).asks).toEqual(['none']);
    expect(sane('🙏').asks).toEqual(['none']);
  });

  it('HTML-looking text is read as text, not as markup that hides or invents an ask', () => {
    expect(sane('<div class="x"><a href="#">job</a></div>&amp;'.repeat(400)).asks).toEqual(['none']);
    expect(sane('<p>Hi Sam,</p><p>could you <b>refer me</b> for the designer opening?</p>').asks).toContain('referral');
    expect(sane('<script>alert("refer me")</script>').asks).not.toContain('job');
  });

  it('a message in French and English at once finds its ask', () => {
    const r = sane("Salut Marc, j'espère que tu vas bien ! Quick question: could you refer me for the data analyst role at your company? Merci d'avance.");
    expect([...r.asks, ...(r.unsure ?? [])]).toContain('referral');
  });

  it('a language that is neither French nor English asks nothing it can be sure of', () => {
    for (const t of [
      'Hallo Anna, ich hoffe, es geht dir gut. Könntest du mich für die Stelle in deinem Team empfehlen?',
      'Hola Marta, ¿podrías recomendarme para el puesto de analista en tu empresa? Gracias.',
      '你好，请问你们公司在招聘吗？我想申请这个职位。',
    ]) {
      const r = sane(t);
      expect(r.lang).toBe('unknown');
      expect(r.asks).toEqual(['none']);
    }
  });

  it('the draft analysis built on it survives the same inputs', () => {
    for (const t of ['', '😀'.repeat(5000), '<b>'.repeat(10000), 'x'.repeat(120_000)]) expect(analyzeDraft(t).asks.asks.length).toBeGreaterThan(0);
  });
});
