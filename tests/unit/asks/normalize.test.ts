import { describe, expect, it } from 'vitest';
import { detectLang, foldText, originalSpan } from '../../../utils/text/normalize';

describe('foldText: one spelling for matching, a map back to what was written', () => {
  it('lower-cases, removes accents and folds ligatures', () => {
    expect(foldText('Été À CŒUR Maëlle Lefèvre').folded).toBe('ete a coeur maelle lefevre');
  });
  it('folds typographic apostrophes and quotes', () => {
    expect(foldText('J’aimerais « votre » avis, it’s “great”').folded).toBe(`j'aimerais " votre " avis, it's "great"`);
  });
  it('removes zero-width characters inside words', () => {
    expect(foldText('re\u200Bfer\u00ADral').folded).toBe('referral');
  });
  it('strips tags and decodes entities', () => {
    expect(foldText('<p>Hi&nbsp;<b>Sam</b> &amp; co&eacute;</p>').folded).toBe('hi sam & coe');
  });
  it('collapses spaces but keeps one line break between lines', () => {
    expect(foldText('Bonjour,\n\n   Je   cherche').folded).toBe('bonjour,\nje cherche');
  });
  it('keeps text that only looks like a tag', () => {
    expect(foldText('3 < 5 and 7 > 2').folded).toBe('3 < 5 and 7 > 2');
  });
  it('maps a folded span back to the original text', () => {
    const text = '<b>Maëlle</b>  m’a conseillé';
    const f = foldText(text);
    const i = f.folded.indexOf("m'a conseille");
    const span = originalSpan(f, i, i + "m'a conseille".length);
    expect(span.text).toBe('m’a conseillé');
    expect(text.slice(span.index, span.index + span.text.length)).toBe(span.text);
  });
  it('keeps emoji and other scripts, and never throws', () => {
    expect(foldText('🙂 Привет').folded).toBe('🙂 привет');
    expect(foldText(undefined as unknown as string).folded).toBe('');
    expect(originalSpan(foldText(''), 0, 3)).toEqual({ index: 0, text: '' });
  });
});

describe('detectLang', () => {
  it.each([
    ["Bonjour, je me permets de vous écrire pour avoir votre avis.", 'fr'],
    ['Hi, I would love to hear your thoughts on the role.', 'en'],
    ["Hi [Prénom], j'espère que vous allez bien !", 'fr'],
    ['', 'unknown'],
    ['🙂🙂🙂', 'unknown'],
    ['Hallo, wie geht es dir?', 'unknown'],
    ['<div></div>', 'unknown'],
  ])('%s → %s', (text, lang) => {
    expect(detectLang(text)).toBe(lang);
  });
});
