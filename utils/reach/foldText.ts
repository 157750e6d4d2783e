/**
 * Lower-case, accent-free, single-spaced text, so that "Chargée de Recrutement", "chargee de
 * recrutement" and "CHARGÉE  DE RECRUTEMENT" compare equal. Bounded: page text can be enormous.
 */
export function foldText(text: string | null | undefined, maxChars = 200_000): string {
  if (!text) return '';
  const bounded = text.length > maxChars ? text.slice(0, maxChars) : text;
  return bounded
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
